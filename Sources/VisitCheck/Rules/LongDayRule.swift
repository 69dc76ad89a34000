import VisitCore
import VisitDiagnostics

/// `long-day` (warning): a person's day runs longer than
/// `settings.max-day-length` (12 hours by default), from the start of their
/// first event to the end of their last. People with the same first and last
/// events are named in one diagnostic, at the event that ends last.
struct LongDayRule: CheckRule {
  var id: RuleID { .longDay }

  private struct Span: Hashable, Comparable {
    let first: Int
    let last: Int
    static func < (lhs: Span, rhs: Span) -> Bool { (lhs.last, lhs.first) < (rhs.last, rhs.first) }
  }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let limit = context.visit.settings.effectiveMaxDayLength
    var peopleBySpan: [Span: [Identifier]] = [:]
    for person in context.personIDs.indices {
      Sweep.forEachDay(in: context.timeline(of: person)) { day in
        guard let first = day.first else { return }
        var latest = first
        for entry in day.dropFirst() where entry.end > latest.end { latest = entry }
        if Int(latest.end - first.start) > limit.count {
          peopleBySpan[Span(first: Int(first.event), last: Int(latest.event)), default: []]
            .append(context.personIDs[person])
        }
      }
    }
    return peopleBySpan.keys.sorted().map { span in
      let people = peopleBySpan[span] ?? []
      let first = context.event(span.first)
      let last = context.event(span.last)
      let start = first.startTime ?? .endOfDay
      let end = last.time?.value.end ?? last.startTime ?? .endOfDay
      let length = Wording.duration(Minutes(end.minutesSinceMidnight - start.minutesSinceMidnight))
      let allowed = Wording.duration(limit)
      let names = Wording.people(people.map(context.displayName(of:)))
      let date = first.date.map(Wording.date) ?? LocalizedText(english: "", russian: "")
      return Diagnostic(
        .longDay,
        LocalizedText(
          english: "the day of \(date.english) runs \(length.english) (\(start)–\(end)) for "
            + "\(names.english), longer than \(allowed.english); lighten the programme or change "
            + "\"max-day-length\"",
          russian: "день \(date.russian) длится \(length.russian) (\(start)–\(end)) для: "
            + "\(names.russian), дольше \(allowed.russian); разгрузите программу или измените "
            + "«max-day-length»"),
        at: last.timeLocation,
        related: Wording.note(
          "the day starts here", "день начинается здесь", at: first.timeLocation),
        events: [first.id.value, last.id.value], people: people)
    }
  }
}
