import VisitCore
import VisitDiagnostics

extension VisitReader {
  func readPerson(_ id: Located<Identifier>, _ reader: MappingReader) -> Person {
    var person = Person(id: id)
    person.name = readPersonName(reader.value("name"))
    person.englishName = values.text(reader.value("name-en"), key: "name-en")
    person.gender = values.choice(reader.value("gender"), key: "gender")
    person.position = values.text(reader.value("position"), key: "position")
    person.positionForms = values.forms(reader.value("position-forms"), key: "position-forms")
    person.organization = values.reference(reader.value("organization"), key: "organization")
    person.side = values.choice(reader.value("side"), key: "side")
    person.forms = values.forms(reader.value("forms"), key: "forms")
    if person.name == nil, person.position == nil, !reader.contains("name") {
      sink.report(
        LoaderMessages.personWithoutNameOrPosition(
          id.value.rawValue, at: id.location ?? reader.location))
    }
    return person
  }

  /// "Last First Middle", or `{last, first, middle}` for a surname of several words.
  func readPersonName(_ node: YAMLNode?) -> Located<PersonName>? {
    guard let node else { return nil }
    if case .mapping(let mapping) = node {
      let reader = MappingReader(mapping, spec: FormatSchema.personName, sink: sink)
      guard let last = values.text(reader.required("last"), key: "last") else { return nil }
      return Located(
        PersonName(
          last: last.value, first: values.text(reader.value("first"), key: "first")?.value,
          middle: values.text(reader.value("middle"), key: "middle")?.value),
        at: mapping.location)
    }
    guard let text = values.text(node, key: "name"),
      let name = PersonName(parsing: text.value)
    else { return nil }
    return Located(name, at: text.location)
  }

  func readOrganization(_ id: Located<Identifier>, _ reader: MappingReader) -> Organization {
    Organization(
      id: id,
      name: values.text(reader.required("name", anchor: id.location), key: "name"),
      englishName: values.text(reader.value("name-en"), key: "name-en"),
      shortName: values.text(reader.value("short"), key: "short"),
      place: values.reference(reader.value("place"), key: "place"),
      head: values.reference(reader.value("head"), key: "head"),
      kind: values.text(reader.value("kind"), key: "kind"),
      forms: values.forms(reader.value("forms"), key: "forms"))
  }
}
