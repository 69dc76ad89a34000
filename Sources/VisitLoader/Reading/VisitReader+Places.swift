import VisitCore
import VisitDiagnostics

extension VisitReader {
  func readPlace(_ id: Located<Identifier>, _ reader: MappingReader) -> Place {
    Place(
      id: id,
      name: values.text(reader.required("name", anchor: id.location), key: "name"),
      englishName: values.text(reader.value("name-en"), key: "name-en"),
      kind: values.text(reader.value("kind"), key: "kind").map { $0.map(PlaceKind.init) },
      enclosingPlace: values.reference(reader.value("in"), key: "in"),
      geo: values.geo(reader.value("geo"), key: "geo"),
      forms: values.forms(reader.value("forms"), key: "forms"))
  }

  func readSite(_ id: Located<Identifier>, _ reader: MappingReader) -> Site {
    Site(
      id: id,
      name: values.text(reader.required("name", anchor: id.location), key: "name"),
      englishName: values.text(reader.value("name-en"), key: "name-en"),
      place: values.reference(reader.required("place", anchor: id.location), key: "place"),
      address: values.text(reader.value("address"), key: "address"),
      geo: values.geo(reader.value("geo"), key: "geo"),
      hours: OpeningHoursReader(values: values).read(reader.value("hours"), key: "hours"),
      closedDates: values.dates(reader.value("closed"), key: "closed"),
      capacity: values.integer(reader.value("capacity"), key: "capacity", minimum: 0),
      isShared: values.boolean(reader.value("shared"), key: "shared"),
      forms: values.forms(reader.value("forms"), key: "forms"))
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
