import VisitCore
import VisitDiagnostics

/// `person-overlap`: one person takes part in events whose times overlap.
/// One diagnostic per cluster — the events that all run at one moment, as
/// many as there are (`Sweep.forEachCluster`) — naming every person in all
/// of them; two events make the familiar pair. It points at the event of the
/// cluster written last, with the others as related. Group words count as
/// their people; organizations are not people.
///
/// - Complexity: a sweep over each person's sorted timeline, O(n log n + c)
///   for clusters of total size c.
struct PersonOverlapRule: CheckRule {
  var id: RuleID { .personOverlap }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var peopleByCluster: [[Int32]: [Identifier]] = [:]
    for person in context.personIDs.indices {
      Sweep.forEachCluster(in: context.timeline(of: person)) { cluster in
        peopleByCluster[cluster.map(\.event).sorted(), default: []]
          .append(context.personIDs[person])
      }
    }
    return peopleByCluster.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { cluster in
      let people = peopleByCluster[cluster] ?? []
      let events = cluster.map { context.event(Int($0)) }
      let names = Wording.people(people.map(context.displayName(of:)))
      let many = people.count > 1
      let message: LocalizedText
      if let first = events.first, let second = events.last, events.count == 2 {
        let firstText = Wording.eventWithTime(first)
        let secondText = Wording.eventWithTime(second)
        message = LocalizedText(
          english: "\(names.english) \(many ? "take" : "takes") part in two events at once: "
            + "\(firstText.english) and \(secondText.english)",
          russian: "\(names.russian) \(many ? "участвуют" : "участвует") в двух событиях "
            + "одновременно: \(firstText.russian) и \(secondText.russian)")
      } else {
        let list = Wording.eventsWithTimes(events)
        message = LocalizedText(
          english: "\(names.english) \(many ? "take" : "takes") part in \(events.count) events "
            + "at once: \(list.english)",
          russian: "\(names.russian) \(many ? "участвуют" : "участвует") в \(events.count) "
            + "событиях одновременно: \(list.russian)")
      }
      return Diagnostic(
        .personOverlap, message, at: events.last?.timeLocation,
        related: Wording.otherEventNotes(Array(events.dropLast())),
        events: events.map(\.id.value), people: people)
    }
  }
}
