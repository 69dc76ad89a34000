import VisitCore
import VisitDiagnostics

/// `before-arrival`: a person takes part in an event that starts before
/// their arrival ends (or before `arrives:`). Legs are not judged: the
/// journey that brings them is before the arrival by nature. One diagnostic
/// per event, naming everyone who is not there yet.
struct BeforeArrivalRule: CheckRule {
  var id: RuleID { .beforeArrival }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let bounds = VisitBounds(context)
    guard !bounds.arrival.isEmpty else { return [] }
    var early: [Int: [Int]] = [:]
    for (person, bound) in bounds.arrival {
      for entry in context.timeline(of: person)
      where Int(entry.day) * 1440 + Int(entry.start) < bound.minute
        && Int(entry.event) != bound.event && !context.event(Int(entry.event)).effectiveKind.isLeg
      {
        early[Int(entry.event), default: []].append(person)
      }
    }
    return early.keys.sorted().map { index in
      let people = (early[index] ?? []).sorted()
      let event = context.event(index)
      let bound = bounds.arrival[people[0]]
      return ArrivalWording.diagnostic(
        .beforeArrival, event: event, people: people, bound: bound, context,
        english: "before arriving", russian: "до своего прибытия",
        hint: LocalizedText(
          english: "move the event after the arrival, or correct the arrival",
          russian: "перенесите событие на время после прибытия или исправьте прибытие"))
    }
  }
}

/// The wording `before-arrival` and `after-departure` share.
enum ArrivalWording {
  static func diagnostic(
    _ rule: RuleID, event: Event, people: [Int], bound: VisitBounds.Bound?,
    _ context: CheckContext, english: String, russian: String, hint: LocalizedText
  ) -> Diagnostic {
    let ids = people.map { context.personIDs[$0] }
    let names = Wording.people(ids.map(context.displayName(of:)))
    let many = ids.count > 1
    let name = Wording.eventWithTime(event)
    // "(«Прибытие» at 09:35)", or the person's own `arrives`/`leaves`.
    let when: LocalizedText
    if let bound {
      let minutes = ((bound.minute % 1440) + 1440) % 1440
      let clock = WallClockTime(minutesSinceMidnight: minutes)?.description ?? ""
      if let index = bound.event {
        let leg = Wording.event(context.event(index))
        when = LocalizedText(
          english: " (\(leg.english) at \(clock))", russian: " (\(leg.russian) в \(clock))")
      } else {
        let key = rule == .beforeArrival ? "arrives" : "leaves"
        when = LocalizedText(english: " (\"\(key)\")", russian: " («\(key)»)")
      }
    } else {
      when = LocalizedText(english: "", russian: "")
    }
    let related = Wording.note(
      rule == .beforeArrival ? "the arrival is here" : "the departure is here",
      rule == .beforeArrival ? "прибытие — здесь" : "отъезд — здесь", at: bound?.location)
    return Diagnostic(
      rule,
      LocalizedText(
        english: "\(names.english) \(many ? "take" : "takes") part in \(name.english) "
          + "\(english)\(when.english); \(hint.english)",
        russian: "\(names.russian) \(many ? "участвуют" : "участвует") в событии "
          + "\(name.russian) \(russian)\(when.russian); \(hint.russian)"),
      at: event.timeLocation, related: related, events: [event.id.value], people: ids)
  }
}
