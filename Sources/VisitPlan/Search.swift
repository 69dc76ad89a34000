import Foundation
import VisitCore

/// The search itself: the programme being built, the events it places, and
/// the moves that improve it.
struct Search {
  private(set) var placement: Placement
  let problem: PlanProblem
  let options: PlanOptions
  /// What the planner places: events without a time, and under `--repair`
  /// the timed events that had to leave their time.
  private(set) var subjects: [Int] = []
  private var subjectSet: Set<Int> = []
  private var greedyOrder: [Int] = []
  private var random = SplitMix(seed: 0x7669_7369_7470_6C61)
  /// Each event's earliest end alone in the timed programme, with lunch set
  /// aside (a planned meal may waive it): a lower bound on its end in any
  /// plan; nil when it cannot be placed even so.
  private var soloEnd: [Int: Int?] = [:]
  private let firstDayBase: Int

  init(problem: PlanProblem, options: PlanOptions, run: Int = 0) {
    self.problem = problem
    self.options = options
    random = SplitMix(seed: 0x7669_7369_7470_6C61 &+ UInt64(run) &* 0x9E37_79B9)
    firstDayBase = (problem.days.first ?? 0) * 1440
    var schedule = Schedule(count: problem.items.count)
    var movable: [Int] = []
    for (index, item) in problem.items.enumerated() {
      guard !item.isTask, let start = item.inputStart, let end = item.inputEnd else { continue }
      if item.isMovable && !options.excluded.contains(item.id) {
        movable.append(index)
      } else {
        schedule.place(index, start: start, end: end, in: problem)
      }
    }
    placement = Placement(problem: problem, schedule: schedule)
    // Under --repair the timed events stay where they fit, most important
    // first; the others are placed again as near their time as can be.
    var displaced: [Int] = []
    for index in movable.sorted(by: { Self.before($0, $1, problem) }) {
      guard let start = problem.items[index].inputStart, let end = problem.items[index].inputEnd
      else { continue }
      if case .fits = placement.test(index, start: start, .none) {
        placement.schedule.place(index, start: start, end: end, in: problem)
      } else {
        displaced.append(index)
      }
    }
    let tasks = problem.items.indices.filter {
      problem.items[$0].isTask && !options.excluded.contains(problem.items[$0].id)
    }
    subjects = displaced + tasks
    subjectSet = Set(subjects)
    greedyOrder = Self.topological(displaced + tasks, problem)
    if run > 0 {
      // Another start: the same priority order, ties in a random order.
      var keyed = greedyOrder.map { ($0, random.next()) }
      keyed.sort { a, b in
        let (pa, pb) = (problem.items[a.0].priority, problem.items[b.0].priority)
        return pa != pb ? pa > pb : a.1 < b.1
      }
      greedyOrder = Self.topological(keyed.map(\.0), problem)
    }
    for task in tasks {
      soloEnd[task] = Self.earliestEnd(task, placement, Relaxation([.lunch]))
    }
  }

  /// Higher priority first, then the shorter (shortest-first is what
  /// minimises a sum of ends on one timeline), then file order.
  private static func before(_ a: Int, _ b: Int, _ problem: PlanProblem) -> Bool {
    let (pa, pb) = (problem.items[a].priority, problem.items[b].priority)
    if pa != pb { return pa > pb }
    let (da, db) = (problem.items[a].duration, problem.items[b].duration)
    return da != db ? da < db : a < b
  }

  /// Priority order, except that an event comes after those its `after`
  /// names (a cycle is the checker's error; it is broken at file order).
  private static func topological(_ items: [Int], _ problem: PlanProblem) -> [Int] {
    let members = Set(items)
    var pending = items.sorted { before($0, $1, problem) }
    var done: Set<Int> = []
    var result: [Int] = []
    while !pending.isEmpty {
      let ready =
        pending.firstIndex { item in
          problem.items[item].after.allSatisfy { !members.contains($0) || done.contains($0) }
        } ?? 0
      let item = pending.remove(at: ready)
      done.insert(item)
      result.append(item)
    }
    return result
  }

  private static func earliestEnd(_ item: Int, _ placement: Placement, _ relax: Relaxation)
    -> Int?
  {
    for day in placement.candidateDays(of: item, relax) {
      if let start = placement.earliest(item, day: day, relax) {
        return start + placement.duration(of: item, relax)
      }
    }
    return nil
  }

  // MARK: Building

  mutating func firstPlan() {
    for item in greedyOrder { _ = insert(item) }
  }

  /// Puts an event in: an untimed one at its earliest end, a displaced one
  /// as near its old time as it fits.
  @discardableResult
  mutating func insert(_ item: Int, anyDay: Bool = false) -> Bool {
    let subject = problem.items[item]
    let length = placement.duration(of: item, .none)
    if subject.isTask {
      var days = placement.candidateDays(of: item, .none)
      if anyDay && days.count > 1 {
        // Another day first: room elsewhere for an event left out.
        let shift = random.below(days.count)
        days = Array(days[shift...] + days[..<shift])
      }
      for day in days {
        if let start = placement.earliest(item, day: day) {
          placement.schedule.place(item, start: start, end: start + length, in: problem)
          return true
        }
      }
      return false
    }
    guard let original = subject.inputStart else { return false }
    var best: (cost: Int, start: Int)?
    let originalDay = Schedule.day(of: original)
    for day in problem.days {
      var from = day * 1440
      while let start = placement.earliest(item, day: day, from: from) {
        let cost = abs(start - original)
        if best == nil || cost < best?.cost ?? 0 { best = (cost, start) }
        // Later starts only move it further once past its time.
        if start >= original || day > originalDay { break }
        from = start + 1
      }
    }
    guard let best else { return false }
    placement.schedule.place(item, start: best.start, end: best.start + length, in: problem)
    return true
  }

  /// The planned events that share a person or the (unshared or shared)
  /// venue with an event on any of these days: what may stand in its way.
  private func sharing(_ item: Int, on days: [Int]) -> Set<Int> {
    let subject = problem.items[item]
    var found: Set<Int> = []
    for day in days {
      for person in subject.people {
        for other in placement.schedule.items(ofPerson: person, day: day)
        where subjectSet.contains(other) {
          found.insert(other)
        }
      }
      if let site = subject.site {
        for other in placement.schedule.items(atSite: site, day: day)
        where subjectSet.contains(other) {
          found.insert(other)
        }
      }
    }
    return found
  }

  /// Puts a group of events back where they were (nil: left out).
  private mutating func restore(_ group: [Int], to old: [Int?]) {
    for item in group { placement.schedule.remove(item, in: problem) }
    for (item, start) in zip(group, old) {
      guard let start else { continue }
      placement.schedule.place(
        item, start: start, end: start + placement.duration(of: item, .none), in: problem)
    }
  }

  /// For each event left out, on each of its days: take out everything that
  /// shares a person or the venue with it that day, put it in first, and the
  /// others back after it wherever they fit; kept only when the plan gains.
  mutating func makeRoom() {
    for item in greedyOrder where !placement.schedule.isPlaced(item) {
      let days = placement.candidateDays(of: item, .none)
      let blockers = sharing(item, on: days)
      let group = [item] + blockers.sorted { Self.before($0, $1, problem) }
      let before = score(group)
      let old = group.map { placement.schedule.start[$0] }
      for day in days {
        for other in group { placement.schedule.remove(other, in: problem) }
        if let start = placement.earliest(item, day: day) {
          placement.schedule.place(
            item, start: start, end: start + placement.duration(of: item, .none), in: problem)
        }
        for other in group.dropFirst() { insert(other) }
        if before < score(group) { break }
        restore(group, to: old)
      }
    }
  }

  /// Ejection: for each event left out, the fewest planned events whose
  /// absence would let it in (a deletion filter, as for "why not"); they
  /// leave, it goes in, and they find other places if they can. Kept only
  /// when the plan gains.
  mutating func eject() {
    for item in greedyOrder where !placement.schedule.isPlaced(item) {
      let subject = problem.items[item]
      let days = placement.candidateDays(of: item, .none)
      var related = sharing(item, on: days)
      for earlier in subject.after where subjectSet.contains(earlier) { related.insert(earlier) }
      for later in problem.followers[item] where subjectSet.contains(later) {
        related.insert(later)
      }
      func fits(without leaving: Set<Int>) -> Bool {
        placement.canPlace(item, Relaxation(Set(leaving.map { RequirementKey.timedEvent($0) })))
      }
      guard !related.isEmpty, fits(without: related) else { continue }
      var leaving = related
      for other in related.sorted(by: { Self.before($1, $0, problem) })
      where fits(without: leaving.subtracting([other])) {
        leaving.remove(other)
      }
      // The others left out get their chance in the room made too.
      let waiting = greedyOrder.filter { $0 != item && !placement.schedule.isPlaced($0) }
      // The others left out go in before the ejected find new places: an
      // ejected event may well fit on another day, they may not.
      let group = [item] + waiting + leaving.sorted { Self.before($0, $1, problem) }
      let before = score(group)
      let old = group.map { placement.schedule.start[$0] }
      for other in group { placement.schedule.remove(other, in: problem) }
      insert(item)
      for other in group.dropFirst() { insert(other) }
      if !(before < score(group)) {
        restore(group, to: old)
      }
    }
  }

  /// Takes a proposed plan (start minutes by event), replaying it event by
  /// event, earliest first, through the placement test; false, and the plan
  /// unchanged, when any of it does not fit.
  mutating func adopt(_ starts: [Int: Int]) -> Bool {
    let saved = placement.schedule
    for (item, start) in starts.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
      guard subjectSet.contains(item), case .fits = placement.test(item, start: start, .none)
      else {
        placement.schedule = saved
        return false
      }
      placement.schedule.place(
        item, start: start, end: start + placement.duration(of: item, .none), in: problem)
    }
    return true
  }

  mutating func retryUnplaced() {
    for item in greedyOrder where !placement.schedule.isPlaced(item) { insert(item) }
  }

  var unplacedTasks: [Int] {
    subjects.filter { !placement.schedule.isPlaced($0) }.sorted()
  }

  // MARK: Aims

  /// The aims of planner.md as one comparable value, larger is better:
  /// priority placed, then (under --repair) fewest and smallest moves, then
  /// the earliest ends.
  private struct Score: Comparable, Equatable {
    var priority = 0
    var moveCost = 0
    var ends = 0

    static func < (lhs: Score, rhs: Score) -> Bool {
      if lhs.priority != rhs.priority { return lhs.priority < rhs.priority }
      if lhs.moveCost != rhs.moveCost { return lhs.moveCost > rhs.moveCost }
      return lhs.ends > rhs.ends
    }
  }

  /// Whether this plan is worse than another on the aims.
  func isWorse(than other: Search) -> Bool { score(subjects) < other.score(other.subjects) }

  private func score(_ items: [Int]) -> Score {
    var score = Score()
    for item in items {
      let subject = problem.items[item]
      guard let start = placement.schedule.start[item] else {
        if !subject.isTask { score.moveCost += 1_000_000 }
        continue
      }
      if subject.isTask {
        score.priority += subject.priority
        score.ends += placement.schedule.end[item] - firstDayBase
      } else if let original = subject.inputStart, original != start {
        score.moveCost += 1000 + abs(start - original)
      }
    }
    return score
  }

  /// Whether the plan meets the lower bound: every event that can be placed
  /// at all is placed, nothing timed moved, and the sum of ends is no more
  /// than `lowerBound()` — then no plan is better.
  func lowerBoundMet() -> Bool {
    var ends = 0
    var placed: [Int] = []
    for item in subjects {
      let subject = problem.items[item]
      if !subject.isTask {
        guard let start = placement.schedule.start[item], start == subject.inputStart else {
          return false
        }
        continue
      }
      if placement.schedule.isPlaced(item) {
        ends += placement.schedule.end[item] - firstDayBase
        placed.append(item)
      } else if (soloEnd[item] ?? nil) != nil {
        return false
      }
    }
    return ends <= lowerBound(placed)
  }

  /// A lower bound on the sum of ends of these events in any plan. Events
  /// that share a person (or an unshared site) run one after another, so
  /// each such group is a one-machine problem with release times (each
  /// event's earliest start alone); the preemptive shortest-remaining-time
  /// schedule is optimal for its relaxation and so bounds it from below. An
  /// event counts in one group only; the best of two ways of grouping wins.
  func lowerBound(_ items: [Int]) -> Int {
    var best = 0
    for strategy in 0..<2 {
      var groups: [Int: [(release: Int, length: Int)]] = [:]
      var total = 0
      var load: [Int: Int] = [:]
      for item in items {
        for person in problem.items[item].people { load[person, default: 0] += 1 }
      }
      for item in items {
        guard let end = soloEnd[item] ?? nil else { continue }
        let subject = problem.items[item]
        let length = placement.duration(of: item, .none)
        let resource: Int?
        if strategy == 0 {
          resource = subject.people.max { (load[$0] ?? 0, -$0) < (load[$1] ?? 0, -$1) }
        } else if let site = subject.site, !problem.sites[site].isShared {
          resource = -1 - site
        } else {
          resource = subject.people.first
        }
        if let resource {
          groups[resource, default: []].append((end - length - firstDayBase, length))
        } else {
          total += end - firstDayBase
        }
      }
      for jobs in groups.values { total += Self.preemptiveSum(jobs) }
      best = max(best, total)
    }
    return best
  }

  /// Σ completion times of the preemptive shortest-remaining-time schedule.
  static func preemptiveSum(_ jobs: [(release: Int, length: Int)]) -> Int {
    let ordered = jobs.sorted { $0.release < $1.release }
    var waiting: [Int] = []  // remaining lengths; small heaps: a sorted array does
    var time = ordered.first?.release ?? 0
    var next = 0
    var sum = 0
    while next < ordered.count || !waiting.isEmpty {
      if waiting.isEmpty { time = max(time, ordered[next].release) }
      while next < ordered.count && ordered[next].release <= time {
        waiting.append(ordered[next].length)
        next += 1
      }
      waiting.sort(by: >)
      guard let shortest = waiting.popLast() else { continue }
      let arrival = next < ordered.count ? ordered[next].release : Int.max
      if time + shortest <= arrival {
        time += shortest
        sum += time
      } else {
        waiting.append(shortest - (arrival - time))
        time = arrival
      }
    }
    return sum
  }

  // MARK: Improving

  /// Large-neighbourhood search: take out an event and some that share its
  /// people, site or day, put them back in another order, and keep the
  /// result when it is no worse — or, early on, when it is a little worse
  /// in the sum of ends (simulated annealing), to leave a local optimum.
  /// The best plan seen is the one kept. Returns whether the time limit cut
  /// the search short.
  mutating func improve(deadline: Double, share: Int = 1, elapsed: () -> Double) -> Bool {
    guard subjects.count > 1 else { return false }
    let budget = min(400_000, 1500 * subjects.count + 2000) / max(1, share)
    var current = score(subjects)
    var best = current
    var bestSchedule = placement.schedule
    var sinceBetter = 0
    var temperature = 30.0
    let cooling = pow(0.5 / 30.0, 1.0 / Double(budget))
    var cutShort = false
    for iteration in 0..<budget {
      if iteration % 8 == 0 && elapsed() > deadline {
        cutShort = true
        break
      }
      temperature *= cooling
      if iteration % 2000 == 0 {
        makeRoom()
        eject()
        current = score(subjects)
        if best < current {
          best = current
          bestSchedule = placement.schedule
        }
      }
      let group = neighbourhood()
      let before = score(group)
      let old = group.map { placement.schedule.start[$0] }
      for item in group { placement.schedule.remove(item, in: problem) }
      var order = group
      for index in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(index, random.below(index + 1))
      }
      let seeking = old.first == .some(nil)
      if seeking {
        // Events left out go in first, and the others find room after.
        let waiting = zip(group, old).filter { $0.1 == nil }.map(\.0)
        order.removeAll { waiting.contains($0) }
        order.insert(contentsOf: waiting, at: 0)
      } else {
        switch random.below(3) {
        case 0: order = Self.topological(order, problem)
        case 1: order.sort { Self.before($0, $1, problem) }
        default: break
        }
      }
      for item in order { insert(item, anyDay: seeking && random.below(2) == 0) }
      let after = score(group)
      var keep = !(after < before)
      if !keep && after.priority == before.priority && after.moveCost == before.moveCost {
        let worse = Double(after.ends - before.ends)
        keep = random.unit() < exp(-worse / max(temperature, 0.01))
      }
      if keep {
        current.priority += after.priority - before.priority
        current.moveCost += after.moveCost - before.moveCost
        current.ends += after.ends - before.ends
        if best < current {
          best = current
          bestSchedule = placement.schedule
          sinceBetter = 0
        } else {
          sinceBetter += 1
        }
      } else {
        restore(group, to: old)
        sinceBetter += 1
      }
      // Long without a gain: more of the same rarely helps.
      if sinceBetter > (250 * subjects.count + 2000) / max(1, share) { break }
      if sinceBetter > 25 * subjects.count + 100, sinceBetter % 500 == 0, best == current,
        lowerBoundMet()
      {
        break
      }
    }
    if best != current { placement.schedule = bestSchedule }
    return cutShort
  }

  /// A few related events: one chosen at random, and up to six that share a
  /// person or the site with it on its day (or the events of a whole day).
  /// The planned events, for neighbourhoods by time.
  private var placedByStart: [Int] { subjects.filter { placement.schedule.isPlaced($0) } }

  private mutating func neighbourhood() -> [Int] {
    let left = subjects.filter { !placement.schedule.isPlaced($0) }
    let pivot =
      !left.isEmpty && random.below(2) == 0
      ? left[random.below(left.count)] : subjects[random.below(subjects.count)]
    var group = [pivot]
    if let start = placement.schedule.start[pivot], random.below(3) == 0 {
      // A stretch of the day: everything starting within 90 minutes of it.
      let nearby = placedByStart.filter { other in
        other != pivot && abs((placement.schedule.start[other] ?? Int.min / 2) - start) <= 90
      }
      var pool = nearby
      while group.count < 8 && !pool.isEmpty {
        group.append(pool.remove(at: random.below(pool.count)))
      }
      if group.count > 1 { return group }
    }
    var related: [Int] = []
    var seen: Set<Int> = [pivot]
    let day = placement.schedule.start[pivot].map(Schedule.day(of:))
    let days = day.map { [$0] } ?? placement.candidateDays(of: pivot, .none)
    let item = problem.items[pivot]
    for day in days.prefix(3) {
      for person in item.people {
        for other in placement.schedule.items(ofPerson: person, day: day)
        where subjectSet.contains(other) && seen.insert(other).inserted {
          related.append(other)
        }
      }
      if let site = item.site {
        for other in placement.schedule.items(atSite: site, day: day)
        where subjectSet.contains(other) && seen.insert(other).inserted {
          related.append(other)
        }
      }
    }
    if related.isEmpty || random.below(4) == 0 {
      // Any other events: an unrelated pair may still trade places.
      for _ in 0..<2 {
        let other = subjects[random.below(subjects.count)]
        if seen.insert(other).inserted { related.append(other) }
      }
    }
    let size = 1 + random.below(min(placement.schedule.isPlaced(pivot) ? 6 : 10, related.count) + 1)
    while group.count < size && !related.isEmpty {
      group.append(related.remove(at: random.below(related.count)))
    }
    if !placement.schedule.isPlaced(pivot) {
      // Others left out that share its people or venue come too, right
      // after it: two small events may fit where one large one was.
      let together = left.filter { other in
        other != pivot
          && (!problem.items[other].people.allSatisfy { !item.people.contains($0) }
            || (item.site != nil && problem.items[other].site == item.site))
      }
      group.insert(contentsOf: together.prefix(3), at: 1)
    }
    return group
  }

  // MARK: Result

  func fill(_ outcome: inout PlanOutcome) {
    var decisions: [PlanOutcome.Decision] = []
    var placed = 0
    var total = 0
    var ends = 0
    var moved = 0
    var minutes = 0
    for item in subjects {
      let subject = problem.items[item]
      if subject.isTask { total += subject.priority }
      guard let start = placement.schedule.start[item] else { continue }
      let end = placement.schedule.end[item]
      if subject.isTask {
        placed += subject.priority
        ends += end - firstDayBase
      } else if let original = subject.inputStart {
        guard original != start else { continue }
        moved += 1
        minutes += abs(start - original)
      }
      let day = Schedule.day(of: start)
      decisions.append(
        PlanOutcome.Decision(
          eventIndex: item, id: subject.id, date: CalendarDate(daysSinceEpoch: day),
          start: WallClockTime(minutesSinceMidnight: start - day * 1440) ?? .endOfDay,
          end: WallClockTime(minutesSinceMidnight: end - day * 1440) ?? .endOfDay,
          wasDate: subject.event.date, wasStart: subject.event.time?.value.start,
          wasEnd: subject.event.time?.value.end, site: subject.event.site?.value))
    }
    outcome.decisions = decisions.sorted {
      ($0.date, $0.start, $0.eventIndex) < ($1.date, $1.start, $1.eventIndex)
    }
    outcome.priorityPlaced = placed
    outcome.priorityTotal = total
    outcome.sumOfEnds = ends
    outcome.moved = moved
    outcome.minutesMoved = minutes
  }
}
