import VisitCore

/// A visit as the planner sees it: every event with its people, places and
/// limits in whole minutes since 1970-01-01 on the visit's wall clock, the
/// days it may use, and the lookups the placement test needs. Built once from
/// the model; the search never touches `Visit` again.
///
/// The semantics are the checker's (planner.md, "Precise semantics"): a
/// start-only event is a moment, an all-day one bounds nothing, a journey
/// starts at `from` and ends at `to`, unknown travel takes no time (the
/// checker's `travel-unknown` is a note).
struct PlanProblem {
  /// One event of the file, in file order (day blocks, then `unscheduled`).
  struct Item {
    let id: Identifier
    /// The event in the model, for edits and messages.
    let event: Event
    /// Indices into `PlanProblem.people`, each once.
    let people: [Int]
    /// Index into `sites`, or nil.
    let site: Int?
    /// Location keys (`locations`) where a person is when it starts and ends.
    let startPlace: Int?
    let endPlace: Int?
    let isMeal: Bool
    let isLeg: Bool
    /// The date of its day block (days since epoch), nil in `unscheduled`.
    let blockDay: Int?
    /// Where it is in the input: absolute minutes; nil when it has no time.
    let inputStart: Int?
    let inputEnd: Int?
    /// A start-only time: a moment on the timelines.
    let isPoint: Bool
    /// The planner gives it a day and a time.
    let isTask: Bool
    /// Under `--repair`, a timed event that may move.
    var isMovable: Bool
    let isFixed: Bool
    let duration: Int
    /// Minutes of the day.
    let window: (start: Int, end: Int)?
    /// Days since epoch the event may take; empty: any day of the visit.
    let dates: [Int]
    /// Indices of the items that must end first.
    let after: [Int]
    let priority: Int
  }

  struct SiteInfo {
    /// Opening ranges per weekday (Monday first); nil: always open.
    let week: [[(start: Int, end: Int)]]?
    let closed: Set<Int>
    let isShared: Bool
    let capacity: Int?
  }

  struct PersonInfo {
    let id: Identifier
    /// Busy ranges in absolute minutes, with the index of their entry.
    let busy: [(start: Int, end: Int, entry: Int)]
    /// The earliest moment they may take part, and who sets it.
    var arrival: (minute: Int, leg: Int?)?
    var departure: (minute: Int, leg: Int?)?
  }

  let visit: Visit
  var items: [Item]
  let people: [PersonInfo]
  let sites: [SiteInfo]
  /// Site ids then place ids: what travel times are looked up between.
  let locations: [Identifier]
  /// The visit's days, days since epoch, in order.
  let days: [Int]
  let dayWindow: (start: Int, end: Int)
  let maxDayLength: Int
  let lunch: (start: Int, end: Int, length: Int)?
  private let travelTimes: TravelTimes
  private let travelCache: TravelCache

  /// Items by id (the first of a repeated id).
  let itemByID: [Identifier: Int]
  /// For each item, the items whose `after` names it.
  let followers: [[Int]]

  init(visit: Visit, repair: Bool) {
    self.visit = visit
    let peopleIndex = PeopleIndex(visit: visit)
    let personPosition = Self.positions(peopleIndex.allIDs)
    let siteIDs = Self.unique(visit.sites.map(\.id.value))
    let siteLookup = Self.positions(siteIDs)
    let placeIDs = Self.unique(visit.places.map(\.id.value)).filter { siteLookup[$0] == nil }
    locations = siteIDs + placeIDs
    let locationLookup = Self.positions(locations)
    travelTimes = TravelTimes(visit: visit)
    travelCache = TravelCache(count: locations.count)

    var siteInfos: [SiteInfo] = []
    for id in siteIDs {
      guard let site = visit.sites.first(where: { $0.id.value == id }) else { continue }
      // The loader gives a room its building's hours where it has none.
      let hours = site.hours?.value
      let week = hours.map { hours in
        Weekday.allCases.map { weekday in
          hours.ranges(on: weekday).map {
            (start: $0.start.minutesSinceMidnight, end: $0.end.minutesSinceMidnight)
          }
        }
      }
      siteInfos.append(
        SiteInfo(
          week: week, closed: Set(site.closedDates.map(\.value.daysSinceEpoch)),
          isShared: site.isShared?.value == true, capacity: site.capacity?.value))
    }
    sites = siteInfos

    let window = visit.settings.effectiveDayWindow
    dayWindow = (window.start.minutesSinceMidnight, window.end.minutesSinceMidnight)
    maxDayLength = visit.settings.effectiveMaxDayLength.count
    lunch = visit.settings.lunch.map {
      (
        $0.value.range.start.minutesSinceMidnight, $0.value.range.end.minutesSinceMidnight,
        $0.value.length.count
      )
    }
    days = Self.visitDays(visit)

    let events = visit.events
    var byID: [Identifier: Int] = [:]
    for (index, event) in events.enumerated() where byID[event.id.value] == nil {
      byID[event.id.value] = index
    }
    itemByID = byID
    let defaultDuration = visit.settings.effectiveDefaultDuration.count
    var built: [Item] = []
    built.reserveCapacity(events.count)
    for event in events {
      var members: [Int] = []
      var seen: Set<Int> = []
      let everyone =
        event.participants.flatMap { visit.people(for: $0.value, in: peopleIndex) }
        + event.with.map(\.value).filter(peopleIndex.contains)
      for id in everyone {
        if let position = personPosition[id], seen.insert(position).inserted {
          members.append(position)
        }
      }
      let site = event.site.flatMap { siteLookup[$0.value] }
      let siteKey = event.site.flatMap { locationLookup[$0.value] }
      let kind = event.effectiveKind
      let day = event.date?.daysSinceEpoch
      var start: Int?
      var end: Int?
      var isPoint = false
      if let day, let time = event.time?.value {
        start = day * 1440 + time.start.minutesSinceMidnight
        end = day * 1440 + time.end.minutesSinceMidnight
      } else if let day, !kind.isLeg, let open = event.openTime?.value.start {
        start = day * 1440 + open.minutesSinceMidnight
        end = start
        isPoint = true
      }
      // Only what has no time at all is the planner's to time (planner.md);
      // an arrival or departure without a time bounds nothing and stays so.
      let isTask =
        !event.isTimeWritten && event.time == nil && event.openTime == nil
        && kind != .arrival && kind != .departure
      let length =
        event.plannedDuration?.value.count
        ?? event.time.map { $0.value.duration.count } ?? defaultDuration
      built.append(
        Item(
          id: event.id.value, event: event, people: members, site: site,
          startPlace: event.from.flatMap { locationLookup[$0.value] } ?? siteKey,
          endPlace: event.to.flatMap { locationLookup[$0.value] } ?? siteKey,
          isMeal: kind == .meal, isLeg: kind.isLeg, blockDay: day, inputStart: start,
          inputEnd: end, isPoint: isPoint, isTask: isTask,
          isMovable: repair && !isTask && start != nil && !isPoint && event.isFixed?.value != true
            && !kind.isLeg,
          isFixed: event.isFixed?.value == true, duration: max(1, length),
          window: event.window.map {
            ($0.value.start.minutesSinceMidnight, $0.value.end.minutesSinceMidnight)
          },
          dates: event.dates.map(\.value.daysSinceEpoch),
          after: event.after.compactMap { byID[$0.value] },
          // Bounded, so that sums of priorities cannot overflow.
          priority: min(1_000_000, max(1, event.priority?.value ?? 1))))
    }
    items = built
    var next = Array(repeating: [Int](), count: built.count)
    for (index, item) in built.enumerated() {
      for earlier in item.after where earlier != index { next[earlier].append(index) }
    }
    followers = next

    var infos: [PersonInfo] = []
    for id in peopleIndex.allIDs {
      guard let person = visit.people.first(where: { $0.id.value == id }) else { continue }
      var busy: [(Int, Int, Int)] = []
      for (entry, period) in person.busy.enumerated() {
        let base = period.value.date.daysSinceEpoch * 1440
        if let range = period.value.range {
          busy.append(
            (base + range.start.minutesSinceMidnight, base + range.end.minutesSinceMidnight, entry))
        } else {
          busy.append((base, base + 1440, entry))
        }
      }
      infos.append(
        PersonInfo(
          id: id, busy: busy,
          arrival: nil, departure: nil))
    }
    Self.bound(&infos, by: built, in: visit)
    people = infos
  }

  /// When each person may take part, by the rule the checker judges by
  /// (`PresenceBounds`); a bound remembers the leg that sets it, if any.
  private static func bound(_ people: inout [PersonInfo], by items: [Item], in visit: Visit) {
    typealias Presence = PresenceBounds<Int, Int?>
    var position: [Identifier: Int] = [:]
    for (index, person) in people.enumerated() where position[person.id] == nil {
      position[person.id] = index
    }
    var legs: [Presence.Leg] = []
    for (index, item) in items.enumerated() {
      guard let span = item.event.legSpan else { continue }
      let greeters = Set(item.event.with.map(\.value))
      legs.append(
        Presence.Leg(
          isArrival: item.event.isArrival, span: span,
          people: item.people.filter { !greeters.contains(people[$0].id) }, source: index))
    }
    var arrives: [(Int, Presence.Bound)] = []
    var leaves: [(Int, Presence.Bound)] = []
    for person in visit.people {
      guard let index = position[person.id.value] else { continue }
      if let value = person.arrives?.value {
        arrives.append((index, Presence.Bound(minute: value.minutesSinceEpoch, source: nil)))
      }
      if let value = person.leaves?.value {
        leaves.append((index, Presence.Bound(minute: value.endMinute, source: nil)))
      }
    }
    let bounds = Presence(legs: legs, arrives: arrives, leaves: leaves)
    for (person, bound) in bounds.arrival { people[person].arrival = (bound.minute, bound.source) }
    for (person, bound) in bounds.departure {
      people[person].departure = (bound.minute, bound.source)
    }
  }

  /// The visit's days: `visit.start`…`visit.end`, else the days in the file.
  static func visitDays(_ visit: Visit) -> [Int] {
    if let start = visit.info.start?.value, let end = visit.info.end?.value, !(end < start),
      end.daysSinceEpoch - start.daysSinceEpoch < 366
    {
      return Array(start.daysSinceEpoch...end.daysSinceEpoch)
    }
    let written = Set(visit.days.compactMap(\.date?.value.daysSinceEpoch))
    if let start = visit.info.start?.value {
      return written.union([start.daysSinceEpoch]).sorted()
    }
    return written.sorted()
  }

  /// The travel time in minutes between two location keys; unknown is 0.
  func travel(from: Int?, to: Int?) -> Int {
    guard let from, let to, from != to else { return 0 }
    return travelCache.value(from, to) {
      travelTimes.time(from: locations[from], to: locations[to])?.duration.count ?? 0
    }
  }

  /// Where a travel time between two locations comes from, for "why not".
  func travelSource(from: Int, to: Int) -> TravelTime? {
    travelTimes.time(from: locations[from], to: locations[to])
  }

  /// The site's opening ranges on a day, minutes of the day; nil when open
  /// all day.
  func openRanges(site: Int, day: Int) -> [(start: Int, end: Int)]? {
    let info = sites[site]
    if info.closed.contains(day) { return [] }
    guard let week = info.week else { return nil }
    return week[CalendarDate(daysSinceEpoch: day).weekday.index]
  }

  private static func positions(_ ids: [Identifier]) -> [Identifier: Int] {
    var result: [Identifier: Int] = [:]
    for (index, id) in ids.enumerated() where result[id] == nil { result[id] = index }
    return result
  }

  private static func unique(_ ids: [Identifier]) -> [Identifier] {
    var seen: Set<Identifier> = []
    return ids.filter { seen.insert($0).inserted }
  }
}

/// Travel times looked up once per pair: the model's lookup walks the place
/// tree, and the search asks the same pairs again and again.
final class TravelCache {
  private var values: [Int: Int] = [:]
  private let count: Int

  init(count: Int) { self.count = count }

  func value(_ from: Int, _ to: Int, compute: () -> Int) -> Int {
    let key = from * count + to
    if let known = values[key] { return known }
    let value = compute()
    values[key] = value
    return value
  }
}
