import VisitCore
import VisitDiagnostics

/// `after-departure`: a person takes part in an event that ends after their
/// departure starts (or after `leaves:`). Legs are not judged. One
/// diagnostic per event, naming everyone who has left by then.
struct AfterDepartureRule: CheckRule {
  var id: RuleID { .afterDeparture }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let bounds = VisitBounds(context)
    guard !bounds.departure.isEmpty else { return [] }
    var late: [Int: [Int]] = [:]
    for (person, bound) in bounds.departure {
      for entry in context.timeline(of: person)
      where Int(entry.day) * 1440 + Int(max(entry.end, entry.start)) > bound.minute
        && Int(entry.event) != bound.event && !context.event(Int(entry.event)).effectiveKind.isLeg
      {
        late[Int(entry.event), default: []].append(person)
      }
    }
    return late.keys.sorted().map { index in
      let people = (late[index] ?? []).sorted()
      return ArrivalWording.diagnostic(
        .afterDeparture, event: context.event(index), people: people,
        bound: bounds.departure[people[0]], context,
        english: "after leaving", russian: "после своего отъезда",
        hint: LocalizedText(
          english: "move the event before the departure, or correct the departure",
          russian: "перенесите событие на время до отъезда или исправьте отъезд"))
    }
  }
}
