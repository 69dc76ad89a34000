import VisitCore
import VisitDiagnostics

/// `outside-day-window` (warning): an event starts before or ends after
/// `settings.day-window` (08:00–21:00 by default).
struct OutsideDayWindowRule: CheckRule {
  var id: RuleID { .outsideDayWindow }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let window = context.visit.settings.effectiveDayWindow
    let opens = Int16(window.start.minutesSinceMidnight)
    let closes = Int16(window.end.minutesSinceMidnight)
    let related = Wording.note(
      "the day window is set here", "границы дня заданы здесь",
      at: context.visit.settings.dayWindow?.location)
    return (0..<context.eventCount).compactMap { index in
      let start = context.eventStart[index]
      let end = context.eventEnd[index]
      guard start >= 0, start < end || context.eventIsPoint[index], start < opens || end > closes
      else { return nil }
      let event = context.event(index)
      let name = Wording.eventWithTime(event)
      return Diagnostic(
        .outsideDayWindow,
        LocalizedText(
          english: "\(name.english) runs outside the programme's day (\(window)); "
            + "move it, or widen \"day-window\" in settings",
          russian: "\(name.russian) выходит за рамки дня программы (\(window)); "
            + "перенесите его или расширьте «day-window» в settings"),
        at: event.timeLocation, related: related, events: [event.id.value],
        people: context.participantIDs(of: index))
    }
  }
}
