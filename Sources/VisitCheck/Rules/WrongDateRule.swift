import VisitCore
import VisitDiagnostics

/// `wrong-date`: an event is on a day that is not one of its `dates`.
struct WrongDateRule: CheckRule {
  var id: RuleID { .wrongDate }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var indices: [Int] = []
    context.forEachEvent(where: { $0.hasDetails && $0.date != nil }) { indices.append($0) }
    return indices.compactMap { index -> Diagnostic? in
      let event = context.event(index)
      guard let date = event.date else { return nil }
      let dates = event.dates
      guard !dates.isEmpty, !dates.contains(where: { $0.value == date }) else { return nil }
      let name = Wording.event(event)
      let on = Wording.date(date)
      let allowed = LocalizedText(
        english: dates.map { Wording.date($0.value).english }.joined(separator: ", "),
        russian: dates.map { Wording.date($0.value).russian }.joined(separator: ", "))
      return Diagnostic(
        .wrongDate,
        LocalizedText(
          english: "\(name.english) is on \(on.english), which is not one of its dates "
            + "(\(allowed.english)); move it, or add the date to \"dates\"",
          russian: "событие \(name.russian) назначено на \(on.russian), а его даты — "
            + "\(allowed.russian); перенесите его или добавьте дату в «dates»"),
        at: event.location,
        related: Wording.note(
          "its dates are here", "его даты — здесь", at: dates.first?.location),
        events: [event.id.value])
    }
  }
}
