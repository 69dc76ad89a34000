import Testing
import VisitCore

/// The travel-time model of format.md: same site, explicit entries (sites,
/// then places, then enclosing places, both ways unless one-way), local
/// transfer, great-circle estimate, else unknown.
@Suite("Travel times")
struct TravelTimesTests {
  func place(_ id: Identifier, in parent: Identifier? = nil, geo: (Double, Double)? = nil) -> Place
  {
    Place(
      id: Located(id, at: nil), name: Located(id.rawValue, at: nil),
      enclosingPlace: parent.map { Located($0, at: nil) },
      geo: geo.flatMap { GeoCoordinate(latitude: $0.0, longitude: $0.1) }.map {
        Located($0, at: nil)
      })
  }

  func site(_ id: Identifier, in place: Identifier, geo: (Double, Double)? = nil) -> Site {
    Site(
      id: Located(id, at: nil), name: Located(id.rawValue, at: nil),
      place: Located(place, at: nil),
      geo: geo.flatMap { GeoCoordinate(latitude: $0.0, longitude: $0.1) }.map {
        Located($0, at: nil)
      })
  }

  func entry(_ from: Identifier, _ to: Identifier, _ minutes: Int, oneWay: Bool = false)
    -> TravelEntry
  {
    TravelEntry(
      from: Located(from, at: nil), to: Located(to, at: nil),
      duration: Located(Minutes(minutes), at: SourceLocation(line: 1, column: 1)), isOneWay: oneWay)
  }

  /// A region with a district (two villages) and a city; sites in each.
  func visit(travel: [TravelEntry], settings: Settings = Settings()) -> Visit {
    Visit(
      places: [
        place("region"), place("district", in: "region"),
        place("village-a", in: "district", geo: (52.57, 38.28)),
        place("village-b", in: "district"),
        place("city", in: "region", geo: (52.6088, 39.5992)),
      ],
      sites: [
        site("museum", in: "village-a"), site("school", in: "village-a", geo: (52.5695, 38.2815)),
        site("farm", in: "village-b"), site("hall", in: "city"), site("office", in: "city"),
      ],
      travel: travel, settings: settings)
  }

  @Test("the same site takes no time")
  func sameSite() {
    let times = TravelTimes(visit: visit(travel: []))
    #expect(times.time(from: "museum", to: "museum") == TravelTime(Minutes(0), source: .sameSite))
  }

  @Test("an entry between two sites works both ways, and wins over everything else")
  func siteEntry() {
    let times = TravelTimes(visit: visit(travel: [entry("museum", "school", 7)]))
    #expect(times.time(from: "museum", to: "school")?.duration == Minutes(7))
    #expect(times.time(from: "school", to: "museum")?.duration == Minutes(7))
  }

  @Test("a one-way entry works one way only")
  func oneWay() {
    let times = TravelTimes(visit: visit(travel: [entry("hall", "farm", 90, oneWay: true)]))
    #expect(times.time(from: "hall", to: "farm")?.duration == Minutes(90))
    #expect(times.time(from: "farm", to: "hall") == nil)
  }

  @Test("then entries between places, then between enclosing places, nearest first")
  func placeEntries() {
    let byPlace = TravelTimes(
      visit: visit(travel: [entry("district", "city", 100), entry("village-b", "city", 80)]))
    // farm is in village-b, which has its own entry; museum's village has none,
    // so its district's is used.
    #expect(byPlace.time(from: "farm", to: "hall")?.duration == Minutes(80))
    #expect(byPlace.time(from: "hall", to: "museum")?.duration == Minutes(100))
    guard case .entry(let from, let to, _)? = byPlace.time(from: "museum", to: "office")?.source
    else {
      Issue.record("expected an entry")
      return
    }
    #expect((from, to) == ("district", "city"))
  }

  @Test("two sites of one place: the local transfer, 15 minutes unless set")
  func localTransfer() {
    #expect(
      TravelTimes(visit: visit(travel: [])).time(from: "hall", to: "office")?.duration
        == Minutes(15))
    let settings = Settings(localTransfer: Located(Minutes(5), at: nil))
    let times = TravelTimes(visit: visit(travel: [], settings: settings))
    #expect(
      times.time(from: "hall", to: "office")
        == TravelTime(Minutes(5), source: .localTransfer(place: "city")))
  }

  @Test(
    "from coordinates: distance × road factor ÷ speed, rounded up to 5 minutes; the place's when the site has none"
  )
  func estimate() throws {
    let times = TravelTimes(visit: visit(travel: []))
    let travel = try #require(times.time(from: "museum", to: "hall"))
    guard case .estimate(let distance) = travel.source else {
      Issue.record("expected an estimate")
      return
    }
    // Preobrazhenye to Lipetsk: about 89 km in a straight line.
    #expect(abs(distance - 89.2) < 0.5)
    let minutes = distance * 1.3 / 60 * 60
    #expect(travel.duration.count == Int((minutes / 5).rounded(.up)) * 5)
    #expect(travel.duration == Minutes(120))
    let faster = TravelTimes(
      visit: visit(
        travel: [],
        settings: Settings(speedKmh: Located(90, at: nil), roadFactor: Located(1.0, at: nil))))
    #expect(faster.time(from: "museum", to: "hall")?.duration == Minutes(60))
  }

  @Test("otherwise unknown: no entry, different places, a side without coordinates")
  func unknown() {
    let times = TravelTimes(visit: visit(travel: []))
    #expect(times.time(from: "farm", to: "hall") == nil)
    #expect(times.time(from: "museum", to: "nowhere") == nil)
  }

  @Test("distances on the sphere")
  func haversine() throws {
    let moscow = try #require(GeoCoordinate(latitude: 55.7558, longitude: 37.6173))
    let petersburg = try #require(GeoCoordinate(latitude: 59.9343, longitude: 30.3351))
    #expect(abs(moscow.distanceKm(to: petersburg) - 634) < 3)
    #expect(moscow.distanceKm(to: moscow) == 0)
  }
}
