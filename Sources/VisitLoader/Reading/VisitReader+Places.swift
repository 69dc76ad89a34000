import VisitCore
import VisitDiagnostics

extension VisitReader {
  func readPlace(_ id: Located<Identifier>, _ reader: MappingReader) -> Place {
    var place = Place(
      id: id,
      name: values.text(reader.required("name", anchor: id.location), key: "name"),
      englishName: values.text(reader.value("name-en"), key: "name-en"),
      kind: values.text(reader.value("kind"), key: "kind").map { $0.map(PlaceKind.init) },
      enclosingPlace: values.reference(reader.value("in"), key: "in"),
      geo: values.geo(reader.value("geo"), key: "geo"),
      forms: values.forms(reader.value("forms"), key: "forms"))
    place.twins = twins(reader.twinNodes, spec: FormatSchema.place)
    return place
  }

  func readSite(_ id: Located<Identifier>, _ reader: MappingReader) -> Site {
    // A room (`in:`) takes its building's place; anything else needs one.
    let building = values.reference(reader.value("in"), key: "in")
    let placeNode =
      building == nil ? reader.required("place", anchor: id.location) : reader.value("place")
    var site = Site(
      id: id,
      name: values.text(reader.required("name", anchor: id.location), key: "name"),
      englishName: values.text(reader.value("name-en"), key: "name-en"),
      place: values.reference(placeNode, key: "place"),
      address: values.text(reader.value("address"), key: "address"),
      geo: values.geo(reader.value("geo"), key: "geo"),
      hours: OpeningHoursReader(values: values).read(reader.value("hours"), key: "hours"),
      closedDates: values.dates(reader.value("closed"), key: "closed"),
      capacity: values.integer(reader.value("capacity"), key: "capacity", minimum: 0),
      isShared: values.boolean(reader.value("shared"), key: "shared"),
      forms: values.forms(reader.value("forms"), key: "forms"))
    site.building = building
    site.twins = twins(reader.twinNodes, spec: FormatSchema.site)
    return site
  }

  /// Rooms: a room inside itself (through any chain of rooms) is an error;
  /// a room whose own `place` differs from its building's is in another
  /// building. Otherwise each room takes its building's place, coordinates
  /// and hours where it gives none, and its address follows the building's
  /// ("SKYCITY, Victoria St — Tui Suite 1, 10th floor").
  func resolveRooms(_ sites: [Site]) -> [Site] {
    let byID = Dictionary(sites.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    return sites.map { site in
      guard let building = site.building else { return site }
      var seen: Set<Identifier> = [site.id.value]
      var current = building.value
      var chain: [Site] = []
      while let next = byID[current] {
        guard seen.insert(current).inserted else {
          sink.report(
            LoaderMessages.roomInsideItself(
              site.id.value.rawValue, at: building.location ?? .startOfFile))
          var room = site
          room.building = nil
          return room
        }
        chain.append(next)
        guard let up = next.building?.value else { break }
        current = up
      }
      guard let outer = chain.first else { return site }  // unknown-reference says so
      var room = site
      if let own = site.place, let theirs = outer.place, own.value != theirs.value {
        sink.report(
          LoaderMessages.roomInOtherPlace(
            site.id.value.rawValue, building: outer.id.value.rawValue,
            at: own.location ?? .startOfFile))
      }
      if room.place == nil, outer.place != nil {
        room.place = outer.place
        room.isPlaceInherited = true
      }
      room.geo = room.geo ?? outer.geo
      room.hours = room.hours ?? outer.hours
      if room.closedDates.isEmpty { room.closedDates = outer.closedDates }
      if let address = outer.address {
        room.address =
          room.address.map {
            Located("\(address.value), \($0.value)", at: $0.location)
          } ?? address
      }
      return room
    }
  }

  func readTravel(_ mapping: YAMLMapping) -> TravelEntry? {
    let reader = MappingReader(mapping, spec: FormatSchema.travel, sink: sink)
    let from = values.reference(reader.required("from"), key: "from")
    let to = values.reference(reader.required("to"), key: "to")
    let duration = values.travelDuration(reader.required("minutes"), key: "minutes")
    let oneWay = values.boolean(reader.value("oneway"), key: "oneway")
    guard let from, let to, let duration else { return nil }
    return TravelEntry(
      from: from, to: to, duration: duration, isOneWay: oneWay?.value ?? false,
      location: mapping.location)
  }
}
