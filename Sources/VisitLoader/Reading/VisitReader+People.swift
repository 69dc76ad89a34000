import VisitCore
import VisitDiagnostics

extension VisitReader {
  func readPerson(_ id: Located<Identifier>, _ reader: MappingReader) -> Person {
    var person = Person(id: id)
    person.name = readPersonName(reader.value("name"))
    readEnglishName(reader.value("name-en"), into: &person)
    person.gender = values.choice(reader.value("gender"), key: "gender")
    person.position = values.text(reader.value("position"), key: "position")
    person.positionForms = values.forms(reader.value("position-forms"), key: "position-forms")
    person.organization = values.reference(reader.value("organization"), key: "organization")
    if let side = values.text(reader.value("side"), key: "side") {
      // A side, or the id of one of `visit.delegations` (checked once all is read).
      if let known = Side(rawValue: side.value) {
        person.side = Located(known, at: side.location)
      } else {
        person.side = Located(.delegation, at: side.location)
        person.delegation = side.map { Identifier($0) }
      }
    }
    person.forms = values.forms(reader.value("forms"), key: "forms")
    person.arrives = moment(reader.value("arrives"), key: "arrives")
    person.leaves = moment(reader.value("leaves"), key: "leaves")
    if let arrives = person.arrives, let leaves = person.leaves,
      leaves.value.endMinute < arrives.value.minutesSinceEpoch
    {
      sink.report(
        LoaderMessages.leavesBeforeArriving(
          arrives.value.description, at: leaves.location ?? reader.location))
    }
    person.busy = values.texts(reader.value("busy"), key: "busy").compactMap { text in
      guard let period = BusyPeriod(parsing: text.value) else {
        sink.report(LoaderMessages.invalidBusy(text.value, at: text.location ?? reader.location))
        return nil
      }
      return Located(period, at: text.location)
    }
    person.twins = twins(reader.twinNodes, spec: FormatSchema.person)
    if person.name == nil, person.position == nil, !reader.contains("name") {
      sink.report(
        LoaderMessages.personWithoutNameOrPosition(
          id.value.rawValue, at: id.location ?? reader.location))
    }
    return person
  }

  func moment(_ node: YAMLNode?, key: String) -> Located<VisitMoment>? {
    guard let node, let text = values.text(node, key: key) else { return nil }
    guard let moment = VisitMoment(parsing: text.value) else {
      sink.report(LoaderMessages.invalidMoment(text.value, at: text.location ?? .startOfFile))
      return nil
    }
    return Located(moment, at: text.location)
  }

  /// "Sir Michael Hardie Boys", or `{honorific, first, last}`.
  func readEnglishName(_ node: YAMLNode?, into person: inout Person) {
    guard let node else { return }
    if case .mapping(let mapping) = node {
      let reader = MappingReader(mapping, spec: FormatSchema.englishName, sink: sink)
      guard let last = values.text(reader.required("last"), key: "last") else { return }
      let parts = EnglishName(
        honorific: values.text(reader.value("honorific"), key: "honorific")?.value,
        first: values.text(reader.value("first"), key: "first")?.value, last: last.value)
      person.englishNameParts = parts
      person.englishName = Located(parts.fullForm, at: mapping.location)
      return
    }
    person.englishName = values.text(node, key: "name-en")
    person.englishNameParts = person.englishName.flatMap { EnglishName(parsing: $0.value) }
  }

  /// Each `side:` that names a delegation must name one of `visit.delegations`.
  func checkSides(_ visit: Visit) {
    let ids = visit.info.delegations.compactMap { $0.id?.value }
    let index = SpellingIndex(ids.map(\.rawValue) + Side.allCases.map(\.rawValue))
    for person in visit.people {
      guard let delegation = person.delegation, !ids.contains(delegation.value) else { continue }
      sink.report(
        LoaderMessages.sideNamesNoDelegation(
          delegation.value.rawValue, delegations: ids.map(\.rawValue),
          suggestion: index.closest(to: delegation.value.rawValue),
          at: delegation.location ?? .startOfFile))
    }
  }

  func readGroup(_ id: Located<Identifier>, _ reader: MappingReader) -> Group {
    var group = Group(
      id: id, name: values.text(reader.value("name"), key: "name"),
      members: values.references(reader.value("members"), key: "members"),
      location: reader.location)
    group.twins = twins(reader.twinNodes, spec: FormatSchema.group)
    return group
  }

  func readStay(_ mapping: YAMLMapping) -> Stay {
    let reader = MappingReader(mapping, spec: FormatSchema.stay, sink: sink)
    var stay = Stay(
      site: values.reference(reader.required("site"), key: "site"),
      people: values.texts(reader.required("people"), key: "people").map {
        $0.map(Participant.init)
      },
      from: values.date(reader.required("from"), key: "from"),
      to: values.date(reader.value("to"), key: "to"),
      rooms: values.integer(reader.value("rooms"), key: "rooms", minimum: 1),
      notes: values.text(reader.value("notes"), key: "notes"), location: mapping.location)
    if let from = stay.from, let to = stay.to, to.value < from.value {
      sink.report(
        LoaderMessages.stayEndsBeforeStart(
          from.value.description, at: to.location ?? mapping.location))
      stay.to = nil
    }
    stay.twins = twins(reader.twinNodes, spec: FormatSchema.stay)
    return stay
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
    var organization = Organization(
      id: id,
      name: values.text(reader.required("name", anchor: id.location), key: "name"),
      englishName: values.text(reader.value("name-en"), key: "name-en"),
      shortName: values.text(reader.value("short"), key: "short"),
      place: values.reference(reader.value("place"), key: "place"),
      head: values.reference(reader.value("head"), key: "head"),
      kind: values.text(reader.value("kind"), key: "kind"),
      forms: values.forms(reader.value("forms"), key: "forms"))
    organization.twins = twins(reader.twinNodes, spec: FormatSchema.organization)
    return organization
  }
}
