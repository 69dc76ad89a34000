import VisitCore
import VisitDiagnostics

/// `no-lunch` (warning), with `settings.lunch: 12:00-15:00 45m`: a person
/// with events on a day has no free block of 45 minutes inside 12:00–15:00,
/// free of their events and of the journey between two of them (taken in
/// one piece, right after the earlier event or right before the later). A
/// `kind: meal` event of theirs overlapping the range waives it. One
/// diagnostic per day, naming everyone without lunch, at the day's date.
struct NoLunchRule: CheckRule {
  var id: RuleID { .noLunch }

  func check(_ context: CheckContext) -> [Diagnostic] {
    guard let lunch = context.visit.settings.lunch else { return [] }
    let from = lunch.value.range.start.minutesSinceMidnight
    let to = lunch.value.range.end.minutesSinceMidnight
    let length = lunch.value.length.count
    var hungry: [Int32: [Int]] = [:]
    for person in context.personIDs.indices {
      Sweep.forEachDay(in: context.timeline(of: person)) { entries in
        guard let day = entries.first?.day else { return }
        if !Self.hasLunch(entries, from: from, to: to, length: length, context) {
          hungry[day, default: []].append(person)
        }
      }
    }
    return hungry.keys.sorted().map { day in
      let ids = (hungry[day] ?? []).map { context.personIDs[$0] }
      let names = Wording.people(ids.map(context.displayName(of:)))
      let date = CalendarDate(daysSinceEpoch: Int(day))
      let block = context.visit.days.first { $0.date?.value == date }
      let on = Wording.date(date)
      let rule = lunch.value
      return Diagnostic(
        .noLunch,
        LocalizedText(
          english: "\(names.english) \(ids.count > 1 ? "have" : "has") no free "
            + "\(Wording.duration(rule.length).english) for lunch within \(rule.range) on "
            + "\(on.english); leave a gap, or add a meal",
          russian: "\(names.russian): \(on.russian) нет свободных "
            + "\(Wording.duration(rule.length).russian) на обед в интервале \(rule.range); "
            + "оставьте перерыв или добавьте обед"),
        at: block?.date?.location ?? block?.location ?? lunch.location ?? .startOfFile,
        related: Wording.note(
          "the lunch rule is here", "правило обеда — здесь", at: lunch.location),
        people: ids)
    }
  }

  /// Whether a day's sorted events leave a lunch block (or hold a meal).
  static func hasLunch(
    _ entries: ArraySlice<TimelineEntry>, from: Int, to: Int, length: Int,
    _ context: CheckContext
  ) -> Bool {
    func overlap(_ start: Int, _ end: Int) -> Int { max(0, min(end, to) - max(start, from)) }
    for entry in entries
    where context.event(Int(entry.event)).effectiveKind == .meal
      && Int(entry.start) < to && from < max(Int(entry.end), Int(entry.start) + 1)
    {
      return true
    }
    // Before the first event and after the last, no journey.
    if let first = entries.first, overlap(0, Int(first.start)) >= length { return true }
    var lastEnd = 0
    var lastPlace: Int32?
    for entry in entries {
      let start = Int(entry.start)
      if start > lastEnd {
        var travel = 0
        let (place, _) = Sweep.places(of: Int(entry.event), in: context)
        if let lastPlace, let place, lastPlace != place,
          let time = context.travelTimes.time(
            from: context.location(lastPlace), to: context.location(place))
        {
          travel = time.duration.count
        }
        // The journey right after the earlier event, or right before the later.
        let best = max(overlap(lastEnd + travel, start), overlap(lastEnd, start - travel))
        if best >= length { return true }
      }
      lastEnd = max(lastEnd, Int(entry.end))
      let (_, end) = Sweep.places(of: Int(entry.event), in: context)
      if let end { lastPlace = end }
    }
    return overlap(lastEnd, 24 * 60) >= length
  }
}
