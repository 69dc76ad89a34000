import VisitCore
import VisitDiagnostics

/// `time-order`: an event ends at or before it starts (`11:00-10:00`), or the
/// visit's `end` comes before its `start`. Such an event is left out of the
/// overlap and travel checks, which would only add noise.
struct TimeOrderRule: CheckRule {
  var id: RuleID { .timeOrder }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for index in 0..<context.eventCount
    where context.minutes(of: index).map({ $0.end <= $0.start }) == true {
      let event = context.event(index)
      guard let time = event.time else { continue }
      let name = Wording.event(event)
      result.append(
        Diagnostic(
          .timeOrder,
          LocalizedText(
            english: "\(name.english) ends at \(time.value.end), at or before it starts "
              + "(\(time.value.start)); check the times",
            russian: "\(name.russian) заканчивается в \(time.value.end), не позже, чем "
              + "начинается (\(time.value.start)); проверьте время"),
          at: time.location, events: [event.id.value]))
    }
    if let start = context.visit.info.start, let end = context.visit.info.end,
      end.value < start.value
    {
      let startText = Wording.date(start.value)
      let endText = Wording.date(end.value)
      result.append(
        Diagnostic(
          .timeOrder,
          LocalizedText(
            english: "the visit ends (\(endText.english)) before it starts "
              + "(\(startText.english)); check \"start\" and \"end\"",
            russian: "визит заканчивается (\(endText.russian)) раньше, чем начинается "
              + "(\(startText.russian)); проверьте «start» и «end»"),
          at: end.location,
          related: Wording.note(
            "the visit starts here", "начало визита — здесь", at: start.location)))
    }
    return result
  }
}
