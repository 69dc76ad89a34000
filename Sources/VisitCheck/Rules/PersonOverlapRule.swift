import VisitCore
import VisitDiagnostics

/// `person-overlap`: one person takes part in two events whose times overlap.
/// One diagnostic per pair of events, naming every person in both; it points
/// at the event written later, with the other as related. Group words count
/// as their people; organizations are not people.
///
/// - Complexity: a sweep over each person's sorted timeline, O(n log n + pairs).
struct PersonOverlapRule: CheckRule {
  var id: RuleID { .personOverlap }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var peopleByPair: [EventPair: [Identifier]] = [:]
    for person in context.personIDs.indices {
      Sweep.forEachOverlap(in: context.timeline(of: person)) { earlier, later in
        peopleByPair[EventPair(earlier.event, later.event), default: []]
          .append(context.personIDs[person])
      }
    }
    return peopleByPair.keys.sorted().map { pair in
      let people = peopleByPair[pair] ?? []
      let first = context.event(pair.first)
      let second = context.event(pair.second)
      let names = Wording.people(people.map(context.displayName(of:)))
      let firstText = Wording.eventWithTime(first)
      let secondText = Wording.eventWithTime(second)
      let many = people.count > 1
      return Diagnostic(
        .personOverlap,
        LocalizedText(
          english: "\(names.english) \(many ? "take" : "takes") part in two events at once: "
            + "\(firstText.english) and \(secondText.english)",
          russian: "\(names.russian) \(many ? "участвуют" : "участвует") в двух событиях "
            + "одновременно: \(firstText.russian) и \(secondText.russian)"),
        at: second.timeLocation,
        related: Wording.note(
          "the other event is here", "другое событие — здесь", at: first.timeLocation),
        events: [first.id.value, second.id.value], people: people)
    }
  }
}
