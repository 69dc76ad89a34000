import VisitCore

/// The placement test: may an item start at a given minute, given what is
/// already in the programme? Every error rule of the checker that time
/// affects is here, and the planner's own limits (planner.md, "What it
/// reads"); the answer says where to look next, so a search of a day jumps
/// from conflict to conflict instead of walking minutes.
struct Placement {
  enum Verdict {
    case fits
    /// Nothing fits before this minute.
    case later(Int)
    /// Nothing fits on this day at or after the tested minute.
    case never
  }

  let problem: PlanProblem
  var schedule: Schedule
  /// People and days whose timed events alone leave no lunch: the rule is
  /// not held against a plan there (planner.md, "Lunch").
  let lunchWaived: Set<Schedule.Key>

  init(problem: PlanProblem, schedule: Schedule) {
    self.problem = problem
    self.schedule = schedule
    var waived: Set<Schedule.Key> = []
    if problem.lunch != nil {
      for key in schedule.personDay.keys
      where !Self.hasLunch(
        schedule.personDay[key] ?? [], day: Int(key.day), adding: nil, problem, schedule,
        .none)
      {
        waived.insert(key)
      }
    }
    lunchWaived = waived
  }

  /// How long the item takes under this relaxation.
  func duration(of item: Int, _ relax: Relaxation) -> Int {
    relax.drops(.duration) ? 1 : problem.items[item].duration
  }

  /// The days the item may take, in order.
  func candidateDays(of item: Int, _ relax: Relaxation) -> [Int] {
    let subject = problem.items[item]
    if subject.isTask, let day = subject.blockDay { return [day] }
    if subject.isTask, !subject.dates.isEmpty, !relax.drops(.dates) {
      let allowed = Set(subject.dates)
      return problem.days.filter { allowed.contains($0) }
    }
    return problem.days
  }

  /// The earliest start on `day` at or after `from`, or nil.
  func earliest(_ item: Int, day: Int, from: Int? = nil, _ relax: Relaxation = .none) -> Int? {
    let base = day * 1440
    let opening = relax.drops(.dayWindow) ? 0 : problem.dayWindow.start
    var start = max(from ?? Int.min, base + opening)
    let length = duration(of: item, relax)
    var steps = 0
    while start + length <= base + 1440 && steps < 4000 {
      steps += 1
      switch test(item, start: start, relax) {
      case .fits: return start
      case .later(let next): start = max(next, start + 1)
      case .never: return nil
      }
    }
    return nil
  }

  /// Whether the item fits anywhere on its days.
  func canPlace(_ item: Int, _ relax: Relaxation) -> Bool {
    candidateDays(of: item, relax).contains { earliest(item, day: $0, relax) != nil }
  }

  // MARK: The test

  func test(_ item: Int, start: Int, _ relax: Relaxation) -> Verdict {
    let subject = problem.items[item]
    let day = Schedule.day(of: start)
    let base = day * 1440
    let end = start + duration(of: item, relax)
    if !relax.drops(.dayWindow) {
      if start < base + problem.dayWindow.start { return .later(base + problem.dayWindow.start) }
      if end > base + problem.dayWindow.end { return .never }
    }
    if end > base + 1440 { return .never }
    if let window = subject.window, !relax.drops(.window) {
      if start < base + window.start { return .later(base + window.start) }
      if end > base + window.end { return .never }
    }
    if let site = subject.site {
      let verdict = siteVerdict(item, site: site, day: day, start: start, end: end, relax)
      if case .fits = verdict {} else { return verdict }
    }
    for person in subject.people {
      let verdict = personVerdict(
        item, person: person, day: day, start: start, end: end, relax)
      if case .fits = verdict {} else { return verdict }
    }
    return orderVerdict(item, start: start, end: end, relax)
  }

  private func siteVerdict(
    _ item: Int, site: Int, day: Int, start: Int, end: Int, _ relax: Relaxation
  ) -> Verdict {
    let info = problem.sites[site]
    let base = day * 1440
    if info.closed.contains(day), !relax.drops(.closed(day: day)) { return .never }
    if let week = info.week, !relax.drops(.hours(day: day)) {
      let ranges = week[CalendarDateWeekday.index(ofDay: day)]
      let from = start - base
      let to = end - base
      if !ranges.contains(where: { $0.start <= from && to <= $0.end }) {
        let length = to - from
        let next = ranges.filter { $0.start > from && $0.end - $0.start >= length }
          .map(\.start).min()
        return next.map { .later(base + $0) } ?? .never
      }
    }
    let others = schedule.items(atSite: site, day: day)
    guard !others.isEmpty else { return .fits }
    if !info.isShared {
      guard !relax.drops(.siteOverlap) else { return .fits }
      for other in others where other != item && !relax.drops(.timedEvent(other)) {
        if let verdict = overlapVerdict(other, start: start, end: end) { return verdict }
      }
    } else if let capacity = info.capacity, !relax.drops(.capacity) {
      // Conservative: everyone overlapping at any moment counts at once.
      var present = problem.items[item].people.count
      var earliestEnd = Int.max
      for other in others where other != item && !relax.drops(.timedEvent(other)) {
        guard let otherStart = schedule.start[other] else { continue }
        let otherEnd = max(schedule.end[other], otherStart + 1)
        if otherStart < end && start < otherEnd {
          present += problem.items[other].people.count
          earliestEnd = min(earliestEnd, otherEnd)
        }
      }
      if present > capacity && problem.items[item].people.count <= capacity {
        return .later(earliestEnd)
      }
    }
    return .fits
  }

  /// An item of the programme in the way: a range blocks [start, end), a
  /// moment blocks ranges that hold it strictly inside (the checker's sweep).
  private func overlapVerdict(_ other: Int, start: Int, end: Int) -> Verdict? {
    guard let otherStart = schedule.start[other] else { return nil }
    let otherEnd = schedule.end[other]
    if otherStart == otherEnd {
      return start < otherStart && otherStart < end ? .later(otherStart) : nil
    }
    return otherStart < end && start < otherEnd ? .later(otherEnd) : nil
  }

  private func personVerdict(
    _ item: Int, person: Int, day: Int, start: Int, end: Int, _ relax: Relaxation
  ) -> Verdict {
    let subject = problem.items[item]
    let info = problem.people[person]
    if !subject.isLeg {
      if let arrival = info.arrival, start < arrival.minute, !relax.drops(.arrives(person: person))
      {
        return .later(arrival.minute)
      }
      if let departure = info.departure, end > departure.minute,
        !relax.drops(.leaves(person: person))
      {
        return .never
      }
    }
    for busy in info.busy where busy.start < end && start < busy.end {
      if !relax.drops(.busy(person: person, entry: busy.entry)) { return .later(busy.end) }
    }
    let timeline = schedule.items(ofPerson: person, day: day)
    var previousPlace: (end: Int, place: Int)?
    var next: (start: Int, place: Int)?
    var first = start
    var last = end
    for other in timeline where other != item && !relax.drops(.timedEvent(other)) {
      guard let otherStart = schedule.start[other] else { continue }
      let otherEnd = schedule.end[other]
      if let verdict = overlapVerdict(other, start: start, end: end) {
        if case .later(let resume) = verdict, otherStart != otherEnd,
          let place = problem.items[other].endPlace
        {
          let travel = travelTime(from: place, to: subject.startPlace, relax)
          return .later(resume + travel)
        }
        return verdict
      }
      first = min(first, otherStart)
      last = max(last, otherEnd)
      let otherItem = problem.items[other]
      if otherEnd <= start || (otherStart == otherEnd && otherStart <= start) {
        if let place = otherItem.endPlace { previousPlace = (otherEnd, place) }
      } else if next == nil, let place = otherItem.startPlace {
        next = (otherStart, place)
      }
    }
    if let previousPlace, let place = subject.startPlace, previousPlace.place != place {
      let ready = previousPlace.end + travelTime(from: previousPlace.place, to: place, relax)
      if start < ready { return .later(ready) }
    }
    if let next, let place = subject.endPlace, next.place != place {
      if end + travelTime(from: place, to: next.place, relax) > next.start { return .never }
    }
    if last - first > problem.maxDayLength, !relax.drops(.maxDayLength) {
      // Only an item that opens the day and ends before its last event
      // gains by starting later.
      if start == first && last > end {
        let resume = last - problem.maxDayLength
        return resume > start ? .later(resume) : .never
      }
      return .never
    }
    if problem.lunch != nil, !relax.drops(.lunch),
      !lunchWaived.contains(Schedule.Key(owner: Int32(person), day: Int32(day))),
      !Self.hasLunch(
        timeline, day: day, adding: (item, start, end), problem, schedule, relax)
    {
      return .later(start + 1)
    }
    return .fits
  }

  /// `after`: the event starts no earlier than each earlier one's end plus
  /// travel, and ends early enough for the events that follow it.
  private func orderVerdict(_ item: Int, start: Int, end: Int, _ relax: Relaxation) -> Verdict {
    let subject = problem.items[item]
    var ready = Int.min
    for earlier in subject.after where !relax.drops(.after(earlier)) {
      guard !relax.drops(.timedEvent(earlier)), schedule.start[earlier] != nil else { continue }
      let travel = travelTime(
        from: problem.items[earlier].endPlace, to: subject.startPlace, relax)
      ready = max(ready, schedule.end[earlier] + travel)
    }
    if start < ready { return .later(ready) }
    for later in problem.followers[item] where !relax.drops(.followedBy(later)) {
      guard !relax.drops(.timedEvent(later)), let laterStart = schedule.start[later] else {
        continue
      }
      let travel = travelTime(from: subject.endPlace, to: problem.items[later].startPlace, relax)
      if end + travel > laterStart { return .never }
    }
    return .fits
  }

  func travelTime(from: Int?, to: Int?, _ relax: Relaxation) -> Int {
    guard let from, let to, from != to else { return 0 }
    if relax.drops(.travel(from: from, to: to)) { return 0 }
    return problem.travel(from: from, to: to)
  }

  // MARK: Lunch

  /// Whether a person's day leaves the lunch block (or holds a meal), with
  /// `adding` put in: the checker's `no-lunch` on one timeline.
  static func hasLunch(
    _ timeline: [Int], day: Int, adding: (item: Int, start: Int, end: Int)?,
    _ problem: PlanProblem, _ schedule: Schedule, _ relax: Relaxation
  ) -> Bool {
    guard let lunch = problem.visit.settings.lunch?.value else { return true }
    let base = day * 1440
    var entries: [(start: Int, end: Int, item: Int)] = []
    entries.reserveCapacity(timeline.count + 1)
    for other in timeline where other != adding?.item && !relax.drops(.timedEvent(other)) {
      guard let start = schedule.start[other] else { continue }
      entries.append((start - base, schedule.end[other] - base, other))
    }
    if let adding {
      let entry = (adding.start - base, adding.end - base, adding.item)
      let position = entries.firstIndex { ($0.start, $0.end, $0.item) > entry } ?? entries.count
      entries.insert(entry, at: position)
    }
    guard !entries.isEmpty else { return true }
    let day = entries.map { entry in
      let item = problem.items[entry.item]
      return LunchRule.Entry(
        start: entry.start, end: entry.end, startPlace: item.startPlace, endPlace: item.endPlace,
        isMeal: item.isMeal)
    }
    return lunch.isKept(by: day) { from, to in
      relax.drops(.travel(from: from, to: to)) ? 0 : problem.travel(from: from, to: to)
    }
  }
}

/// Weekday of a day number, Monday first, as `SiteClosedRule` counts it
/// (1970-01-01 was a Thursday).
enum CalendarDateWeekday {
  static func index(ofDay day: Int) -> Int { ((day % 7) + 7 + 3) % 7 }
}
