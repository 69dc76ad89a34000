/// How a travel time was found; messages say it, so a user knows what to fix.
public enum TravelTimeSource: Hashable, Sendable {
  /// Both events are at the same site.
  case sameSite
  /// A `travel` entry between these two sites or places.
  case entry(from: Identifier, to: Identifier, location: SourceLocation?)
  /// Both are rooms (or a room and its building) of one building:
  /// `settings.room-transfer`.
  case roomTransfer(building: Identifier)
  /// Both sites are in the same place: `settings.local-transfer`.
  case localTransfer(place: Identifier)
  /// From coordinates: great-circle distance × road factor ÷ speed.
  case estimate(distanceKm: Double)
}

/// A travel time and where it came from.
public struct TravelTime: Hashable, Sendable {
  public var duration: Minutes
  public var source: TravelTimeSource

  public init(_ duration: Minutes, source: TravelTimeSource) {
    self.duration = duration
    self.source = source
  }
}

/// The travel-time model of the format ("travel" in format.md): how long it
/// takes to get from one site to another.
///
/// In order: the same site takes no time; an explicit `travel` entry between
/// the two sites, then their places, then the places that enclose them
/// (nearest first; entries work both ways unless `oneway`); two sites of the
/// same place take `local-transfer`; two sites with coordinates (their own,
/// else their place's) take the great-circle distance × `road-factor` ÷
/// `speed-kmh`, rounded up to a whole 5 minutes; otherwise the time is unknown.
public struct TravelTimes: Sendable {
  private struct Key: Hashable {
    var from: Identifier
    var to: Identifier
  }

  private struct Entry {
    var duration: Minutes
    var from: Identifier
    var to: Identifier
    var location: SourceLocation?
  }

  /// A year, in minutes: the most an estimate says.
  static let longestEstimate = 365.0 * 24 * 60

  private var entries: [Key: Entry] = [:]
  private let siteByID: [Identifier: Site]
  private let placeByID: [Identifier: Place]
  private let localTransfer: Minutes
  private let roomTransfer: Minutes
  private let roadFactor: Double
  private let speedKmh: Double

  public init(visit: Visit) {
    localTransfer = visit.settings.effectiveLocalTransfer
    roomTransfer = visit.settings.effectiveRoomTransfer
    roadFactor = visit.settings.effectiveRoadFactor
    speedKmh = visit.settings.effectiveSpeedKmh
    siteByID = Dictionary(firstOf: visit.sites, by: \.id.value)
    placeByID = Dictionary(firstOf: visit.places, by: \.id.value)
    // The first entry for a pair wins, as the first definition of an id does.
    for travel in visit.travel {
      let entry = Entry(
        duration: travel.duration.value, from: travel.from.value, to: travel.to.value,
        location: travel.duration.location)
      let forward = Key(from: travel.from.value, to: travel.to.value)
      if entries[forward] == nil { entries[forward] = entry }
      if !travel.isOneWay {
        let backward = Key(from: travel.to.value, to: travel.from.value)
        if entries[backward] == nil { entries[backward] = entry }
      }
    }
  }

  /// The time from site `from` to site `to`, or nil when it cannot be known.
  ///
  /// - Complexity: O(d²) for places nested d deep; d is a handful.
  public func time(from: Identifier, to: Identifier) -> TravelTime? {
    if from == to { return TravelTime(Minutes(0), source: .sameSite) }
    if let building = building(of: from), building == self.building(of: to) {
      return TravelTime(roomTransfer, source: .roomTransfer(building: building))
    }
    let fromChain = chain(of: from)
    let toChain = chain(of: to)
    if let entry = nearestEntry(fromChain, toChain) {
      return TravelTime(
        entry.duration, source: .entry(from: entry.from, to: entry.to, location: entry.location))
    }
    guard let fromSite = siteByID[from], let toSite = siteByID[to] else { return nil }
    if let place = fromSite.place?.value, place == toSite.place?.value {
      return TravelTime(localTransfer, source: .localTransfer(place: place))
    }
    guard let fromGeo = coordinates(of: fromSite), let toGeo = coordinates(of: toSite) else {
      return nil
    }
    let distance = fromGeo.distanceKm(to: toGeo)
    let minutes = distance * roadFactor / speedKmh * 60
    // The loader keeps speed and factor sensible; a model built in code may
    // not, and no estimate may trap: past a year of travel, it is a year.
    guard minutes.isFinite, minutes < Self.longestEstimate else {
      return TravelTime(
        Minutes(Int(Self.longestEstimate)), source: .estimate(distanceKm: distance))
    }
    let rounded = Int((minutes / 5).rounded(.up)) * 5
    return TravelTime(Minutes(rounded), source: .estimate(distanceKm: distance))
  }

  /// The site, its place, and the places enclosing it, nearest first. Stops
  /// at a loop (the `place-cycle` check reports it).
  private func chain(of site: Identifier) -> [Identifier] {
    var rooms = [site]
    var current = site
    while let up = siteByID[current]?.building?.value, !rooms.contains(up) {
      rooms.append(up)
      current = up
    }
    return rooms + placeByID.chain(from: siteByID[site]?.place?.value).prefix { $0 != site }
  }

  /// The outermost building a site is a room of, or the site itself when it
  /// is not a room; nil for an id that is not a site.
  private func building(of site: Identifier) -> Identifier? {
    guard siteByID[site] != nil else { return nil }
    var seen: Set<Identifier> = [site]
    var current = site
    while let up = siteByID[current]?.building?.value, siteByID[up] != nil,
      seen.insert(up).inserted
    {
      current = up
    }
    return current
  }

  /// The entry between the most specific pair of links of the two chains:
  /// pairs are tried by the sum of their depths, then the start's depth, so
  /// sites come before their places and places before the places enclosing
  /// them. A place common to both chains is where they meet, not a journey.
  private func nearestEntry(_ fromChain: [Identifier], _ toChain: [Identifier]) -> Entry? {
    let common = Set(fromChain).intersection(toChain)
    for total in 0...(fromChain.count + toChain.count - 2) {
      for depth in 0...total where depth < fromChain.count && total - depth < toChain.count {
        let from = fromChain[depth]
        let to = toChain[total - depth]
        if common.contains(from) || common.contains(to) { continue }
        if let entry = entries[Key(from: from, to: to)] { return entry }
      }
    }
    return nil
  }

  private func coordinates(of site: Site) -> GeoCoordinate? {
    site.coordinates(in: placeByID)
  }
}
