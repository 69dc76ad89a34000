import VisitCore
import VisitDiagnostics

/// `outside-visit`: a day's date, or a date in an event's `dates`, lies
/// outside the visit's `start`..`end`. Without `start` or `end` the visit
/// spans its days, so nothing is outside.
struct OutsideVisitRule: CheckRule {
  var id: RuleID { .outsideVisit }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let start = context.visit.info.start
    let end = context.visit.info.end
    guard start != nil || end != nil else { return [] }
    var result: [Diagnostic] = []
    for day in context.visit.days {
      guard let date = day.date else { continue }
      let before = start.map { date.value < $0.value } ?? false
      let after = end.map { date.value > $0.value } ?? false
      guard before || after else { continue }
      let dateText = Wording.date(date.value)
      let bound = before ? start : end
      let boundText = bound.map { Wording.date($0.value) }
      let message =
        before
        ? LocalizedText(
          english: "the day \(dateText.english) is before the visit starts "
            + "(\(boundText?.english ?? "")); correct the date or the visit's \"start\"",
          russian: "день \(dateText.russian) — раньше начала визита "
            + "(\(boundText?.russian ?? "")); исправьте дату или «start» визита")
        : LocalizedText(
          english: "the day \(dateText.english) is after the visit ends "
            + "(\(boundText?.english ?? "")); correct the date or the visit's \"end\"",
          russian: "день \(dateText.russian) — позже окончания визита "
            + "(\(boundText?.russian ?? "")); исправьте дату или «end» визита")
      result.append(
        Diagnostic(
          .outsideVisit, message, at: date.location,
          related: Wording.note(
            before ? "the visit starts here" : "the visit ends here",
            before ? "начало визита — здесь" : "окончание визита — здесь", at: bound?.location),
          events: day.events.map(\.id.value)))
    }
    context.forEachEvent(where: { $0.hasDetails && !$0.dates.isEmpty }) { index in
      let event = context.event(index)
      for date in event.dates {
        let before = start.map { date.value < $0.value } ?? false
        let after = end.map { date.value > $0.value } ?? false
        guard before || after else { continue }
        let dateText = Wording.date(date.value)
        let name = Wording.event(event)
        result.append(
          Diagnostic(
            .outsideVisit,
            LocalizedText(
              english: "\(name.english) may take \(dateText.english) (\"dates\"), which is outside "
                + "the visit; correct the date or the visit's \"\(before ? "start" : "end")\"",
              russian: "для события \(name.russian) указана дата \(dateText.russian) («dates»), "
                + "она вне визита; исправьте дату или «\(before ? "start" : "end")» визита"),
            at: date.location,
            related: Wording.note(
              before ? "the visit starts here" : "the visit ends here",
              before ? "начало визита — здесь" : "окончание визита — здесь",
              at: (before ? start : end)?.location),
            events: [event.id.value]))
      }
    }
    return result
  }
}
