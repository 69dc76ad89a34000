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
    var hungry: [Int32: [Int]] = [:]
    for person in context.personIDs.indices {
      Sweep.forEachDay(in: context.timeline(of: person)) { entries in
        guard let day = entries.first?.day else { return }
        if !Self.hasLunch(entries, rule: lunch.value, context) {
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

  /// Whether a day's sorted events leave a lunch block (or hold a meal),
  /// by the rule's own test.
  static func hasLunch(
    _ entries: ArraySlice<TimelineEntry>, rule: LunchRule, _ context: CheckContext
  ) -> Bool {
    let day = entries.map { entry in
      let (start, end) = Sweep.places(of: Int(entry.event), in: context)
      return LunchRule.Entry(
        start: Int(entry.start), end: Int(entry.end), startPlace: start.map(Int.init),
        endPlace: end.map(Int.init),
        isMeal: context.event(Int(entry.event)).effectiveKind == .meal)
    }
    return rule.isKept(by: day) { from, to in
      context.travelTimes.time(
        from: context.location(Int32(from)), to: context.location(Int32(to)))?.duration.count ?? 0
    }
  }
}
