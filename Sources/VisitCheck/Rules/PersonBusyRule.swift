import VisitCore
import VisitDiagnostics

/// `person-busy`: a person takes part in an event while `busy` (a whole
/// date, or a range on it, half-open). Arriving and leaving are
/// `before-arrival` and `after-departure`'s. One diagnostic per event,
/// naming everyone busy then.
struct PersonBusyRule: CheckRule {
  var id: RuleID { .personBusy }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var busyPeople: [Int: [(person: Int, period: Located<BusyPeriod>)]] = [:]
    for person in context.visit.people where !person.busy.isEmpty {
      guard let index = context.personIndex[person.id.value] else { continue }
      for entry in context.timeline(of: index) {
        let clash = person.busy.first { period in
          guard Int32(period.value.date.daysSinceEpoch) == entry.day else { return false }
          guard let range = period.value.range else { return true }
          let start = Int16(range.start.minutesSinceMidnight)
          let end = Int16(range.end.minutesSinceMidnight)
          // A moment (start-only) is busy when it lies inside the range.
          return entry.start == entry.end
            ? start <= entry.start && entry.start < end : entry.start < end && start < entry.end
        }
        if let clash { busyPeople[Int(entry.event), default: []].append((index, clash)) }
      }
    }
    return busyPeople.keys.sorted().map { index in
      let entries = busyPeople[index] ?? []
      let event = context.event(index)
      let ids = entries.map { context.personIDs[$0.person] }
      let names = Wording.people(ids.map(context.displayName(of:)))
      let many = ids.count > 1
      let female =
        !many && context.personByID[ids[0]]?.effectiveGender == .female
      let busyWord = many ? "заняты" : (female ? "занята" : "занят")
      let name = Wording.eventWithTime(event)
      let first = entries.first?.period
      return Diagnostic(
        .personBusy,
        LocalizedText(
          english:
            "\(names.english) \(many ? "are" : "is") busy (\(first?.value.description ?? "")) "
            + "and cannot take part in \(name.english); move the event or change who takes part",
          russian: "\(names.russian) \(busyWord) (\(first?.value.description ?? "")) "
            + "и не \(many ? "могут" : "может") участвовать в событии \(name.russian); перенесите "
            + "событие или измените состав участников"),
        at: event.timeLocation,
        related: Wording.note("the busy time is here", "занятость — здесь", at: first?.location),
        events: [event.id.value], people: ids)
    }
  }
}
