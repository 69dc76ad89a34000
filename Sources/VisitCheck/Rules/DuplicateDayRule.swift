import VisitCore
import VisitDiagnostics

/// `duplicate-day`: two day blocks have the same date. Points at the second;
/// the first is related. (The events of both are still checked together.)
struct DuplicateDayRule: CheckRule {
  var id: RuleID { .duplicateDay }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var first: [CalendarDate: Day] = [:]
    var result: [Diagnostic] = []
    for day in context.visit.days {
      guard let date = day.date else { continue }
      guard let earlier = first[date.value] else {
        first[date.value] = day
        continue
      }
      let text = Wording.date(date.value)
      result.append(
        Diagnostic(
          .duplicateDay,
          LocalizedText(
            english: "the day \(text.english) is given twice; put its events under one \"date\"",
            russian: "день \(text.russian) указан дважды; соберите его события под одной «date»"),
          at: date.location,
          related: Wording.note(
            "first given here", "впервые указан здесь", at: earlier.date?.location),
          events: day.events.map(\.id.value)))
    }
    return result
  }
}
