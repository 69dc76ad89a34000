import VisitCore
import VisitDiagnostics

/// `window`: a timed event does not lie inside its `window`.
struct WindowRule: CheckRule {
  var id: RuleID { .window }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var indices: [Int] = []
    context.forEachEvent(where: { $0.window != nil }) { indices.append($0) }
    return indices.compactMap { index in
      let start = context.eventStart[index]
      let end = context.eventEnd[index]
      guard start >= 0, start <= end else { return nil }
      let event = context.event(index)
      guard let window = event.window?.value,
        Int(start) < window.start.minutesSinceMidnight
          || Int(end) > window.end.minutesSinceMidnight
      else { return nil }
      let name = Wording.eventWithTime(event)
      return Diagnostic(
        .window,
        LocalizedText(
          english: "\(name.english) lies outside its window (\(window)); move it inside, "
            + "or widen \"window\"",
          russian: "\(name.russian) выходит за пределы своего окна (\(window)); перенесите "
            + "его или расширьте «window»"),
        at: event.timeLocation,
        related: Wording.note("the window is here", "окно — здесь", at: event.window?.location),
        events: [event.id.value], people: context.participantIDs(of: index))
    }
  }
}
