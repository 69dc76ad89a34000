import Testing
import VisitCore
import VisitDiagnostics
import VisitTestSupport

@testable import VisitCheck

/// For random small programmes, the sort-and-sweep checks report exactly the
/// clusters and pairs that a brute-force comparison reports.
@Suite("Sweeps agree with brute force")
struct SweepPropertyTests {
  static let programmes = 2000

  /// A random programme: 2–5 people (some on the delegation), 2–5 sites in
  /// three places (with coordinates, an entry, or neither), up to 14 events
  /// over two days at quarter-hour times, some touching, some overlapping,
  /// some without a site, a time, or in the wrong order.
  static func randomVisit(seed: UInt64) -> Visit {
    var random = SeededGenerator(seed: seed)
    let peopleCount = Int.random(in: 2...5, using: &random)
    let people = (0..<peopleCount).map { index in
      Person(
        id: Located(Identifier("p\(index)"), at: nil), name: nil,
        position: Located("position \(index)", at: nil),
        side: Located(index % 2 == 0 ? .delegation : .host, at: nil))
    }
    let places = [
      Place(
        id: Located("near", at: nil),
        geo: GeoCoordinate(latitude: 52.6, longitude: 39.6).map { Located($0, at: nil) }),
      Place(
        id: Located("far", at: nil),
        geo: GeoCoordinate(latitude: 52.57, longitude: 38.28).map { Located($0, at: nil) }),
      Place(id: Located("lost", at: nil)),
    ]
    let siteCount = Int.random(in: 2...5, using: &random)
    let sites = (0..<siteCount).map { index in
      Site(
        id: Located(Identifier("s\(index)"), at: nil),
        place: Located(places[index % 3].id.value, at: nil),
        isShared: Located(index == 4, at: nil))
    }
    let travel = [
      TravelEntry(
        from: Located("s0", at: nil), to: Located("s1", at: nil),
        duration: Located(Minutes(Int.random(in: 0...60, using: &random)), at: nil))
    ]
    let eventCount = Int.random(in: 0...14, using: &random)
    var days = [19, 20].map { day in
      Day(date: CalendarDate(year: 2018, month: 6, day: day).map { Located($0, at: nil) })
    }
    for index in 0..<eventCount {
      let day = Int.random(in: 0...1, using: &random)
      let start = Int.random(in: 36...64, using: &random) * 15
      let length = Int.random(in: -1...8, using: &random) * 15
      let time =
        Int.random(in: 0...9, using: &random) == 0
        ? nil
        : WallClockTime(minutesSinceMidnight: start).flatMap { from in
          WallClockTime(minutesSinceMidnight: start + length).map {
            TimeRange(start: from, end: $0)
          }
        }
      let participants = (0..<Int.random(in: 0...3, using: &random)).map { _ -> Participant in
        switch Int.random(in: 0...9, using: &random) {
        case 0: .delegation
        case 1: .hosts
        default: .entity(Identifier("p\(Int.random(in: 0..<peopleCount, using: &random))"))
        }
      }
      let site = Int.random(in: 0...5, using: &random)
      days[day].events.append(
        Event(
          id: Located(Identifier("e\(index)"), at: SourceLocation(line: index + 1, column: 1)),
          location: SourceLocation(line: index + 1, column: 1),
          date: days[day].date?.value, title: Located("Event \(index)", at: nil),
          time: time.map { Located($0, at: SourceLocation(line: index + 1, column: 7)) },
          site: site < siteCount ? Located(Identifier("s\(site)"), at: nil) : nil,
          participants: participants.map { Located($0, at: nil) }))
    }
    return Visit(people: people, places: places, sites: sites, travel: travel, days: days)
  }

  /// What brute force knows of an event: who, where, when.
  struct Facts {
    let id: String
    let order: Int
    let day: Int
    let start: Int
    let end: Int
    let site: String?
    let people: Set<String>
  }

  static func facts(_ visit: Visit) -> [Facts] {
    let index = PeopleIndex(visit.people)
    return visit.events.enumerated().compactMap { order, event in
      guard let date = event.date, let time = event.time?.value, time.start < time.end else {
        return nil
      }
      let people = Set(
        event.participants.flatMap { visit.people(for: $0.value, in: index) }.map(\.rawValue))
      return Facts(
        id: event.id.value.rawValue, order: order, day: date.daysSinceEpoch,
        start: time.start.minutesSinceMidnight, end: time.end.minutesSinceMidnight,
        site: event.site?.value.rawValue, people: people)
    }
  }

  static func overlaps(_ a: Facts, _ b: Facts) -> Bool {
    a.day == b.day && a.start < b.end && b.start < a.end
  }

  /// (events, people) of each diagnostic, as sets, for comparison.
  static func pairs(_ diagnostics: [Diagnostic]) -> Set<[String]> {
    Set(diagnostics.map { $0.events.map(\.rawValue) + ["|"] + $0.people.map(\.rawValue).sorted() })
  }

  /// The maximal sets of events that all run at one moment, by brute force:
  /// for each moment an event starts, who is running then; the sets that
  /// are no part of another, of two events or more; ids in file order.
  static func clusters(_ events: [Facts]) -> Set<[String]> {
    var sets: Set<Set<Int>> = []
    for moment in events {
      let running = events.filter {
        $0.day == moment.day && $0.start <= moment.start && moment.start < $0.end
      }
      if running.count > 1 { sets.insert(Set(running.map(\.order))) }
    }
    let maximal = sets.filter { set in !sets.contains { $0 != set && set.isSubset(of: $0) } }
    let byOrder = Dictionary(uniqueKeysWithValues: events.map { ($0.order, $0.id) })
    return Set(maximal.map { $0.sorted().compactMap { byOrder[$0] } })
  }

  @Test("person-overlap reports exactly the clusters of overlapping events that share a person")
  func personOverlap() {
    for seed in 1...UInt64(Self.programmes) {
      let visit = Self.randomVisit(seed: seed)
      let facts = Self.facts(visit)
      var peopleByCluster: [[String]: Set<String>] = [:]
      for person in Set(facts.flatMap(\.people)) {
        for cluster in Self.clusters(facts.filter { $0.people.contains(person) }) {
          peopleByCluster[cluster, default: []].insert(person)
        }
      }
      let expected = Set(peopleByCluster.map { $0.key + ["|"] + $0.value.sorted() })
      let found = Self.pairs(PersonOverlapRule().check(CheckContext(visit: visit)))
      #expect(found == expected, "seed \(seed)")
      if found != expected { return }
    }
  }

  @Test("site-overlap reports exactly the clusters of overlapping events at a site not shared")
  func siteOverlap() {
    for seed in 1...UInt64(Self.programmes) {
      let visit = Self.randomVisit(seed: seed)
      let facts = Self.facts(visit)
      var expected: Set<[String]> = []
      for site in Set(facts.compactMap(\.site)) where site != "s4" {
        let here = facts.filter { $0.site == site }
        for cluster in Self.clusters(here) {
          let people = here.filter { cluster.contains($0.id) }.reduce(into: Set<String>()) {
            $0.formUnion($1.people)
          }
          expected.insert(cluster + ["|"] + people.sorted())
        }
      }
      let found = Self.pairs(SiteOverlapRule().check(CheckContext(visit: visit)))
      #expect(found == expected, "seed \(seed)")
      if found != expected { return }
    }
  }

  @Test("travel-time reports exactly the consecutive journeys too short for the travel time")
  func travelTime() {
    for seed in 1...UInt64(Self.programmes) {
      let visit = Self.randomVisit(seed: seed)
      let facts = Self.facts(visit)
      let travel = TravelTimes(visit: visit)
      var peopleByPair: [[String]: Set<String>] = [:]
      let everyone = Set(facts.flatMap(\.people))
      for person in everyone {
        let mine = facts.filter { $0.people.contains(person) }
        func before(_ x: Facts, _ y: Facts) -> Bool {
          (x.day, x.start, x.end, x.order) < (y.day, y.start, y.end, y.order)
        }
        // All pairs: b follows a when a is the person's last event with a
        // site before b; site-less events between do not break the journey.
        for a in mine where a.site != nil {
          for b in mine where before(a, b) {
            let between = mine.contains { $0.site != nil && before(a, $0) && before($0, b) }
            guard !between, a.day == b.day, a.end <= b.start, let from = a.site, let to = b.site,
              from != to, let needed = travel.time(from: Identifier(from), to: Identifier(to)),
              b.start - a.end < needed.duration.count
            else { continue }
            peopleByPair[[a.id, b.id], default: []].insert(person)
          }
        }
      }
      let expected = Set(peopleByPair.map { $0.key + ["|"] + $0.value.sorted() })
      let found = Self.pairs(TravelTimeRule().check(CheckContext(visit: visit)))
      #expect(found == expected, "seed \(seed)")
      if found != expected { return }
    }
  }

  @Test("the programmes are not trivial: the checks have something to find")
  func coverage() {
    var overlaps = 0
    var journeys = 0
    for seed in 1...UInt64(Self.programmes) {
      let context = CheckContext(visit: Self.randomVisit(seed: seed))
      overlaps += PersonOverlapRule().check(context).count + SiteOverlapRule().check(context).count
      journeys += TravelTimeRule().check(context).count
    }
    #expect(overlaps > 800)
    #expect(journeys > 80)
  }
}
