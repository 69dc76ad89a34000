import VisitCore
import VisitDiagnostics

/// Builds the domain model from the YAML tree, section by section, reporting
/// every problem and keeping everything it could read.
struct VisitReader {
  let sink: DiagnosticSink
  let values: ValueReader
  /// The visit's language: twins are in the other one.
  let language: Language

  init(sink: DiagnosticSink, language: Language = .russian) {
    self.sink = sink
    self.values = ValueReader(sink: sink)
    self.language = language
  }

  /// The twins of one mapping (`title-en` in a Russian visit). A twin in the
  /// visit's own language is a mistake: the original is in it already.
  func twins(_ nodes: [MappingReader.TwinNode], spec: ObjectSpec) -> TextTwins {
    var twins = TextTwins()
    let other: Language = language == .russian ? .english : .russian
    twins.language = other
    for twin in nodes {
      guard twin.key.hasSuffix("-" + other.rawValue) else {
        sink.report(
          LoaderMessages.twinInOwnLanguage(
            twin.key, base: twin.base, language: language, at: twin.keyLocation))
        continue
      }
      if case .list = spec.field(twin.base)?.type {
        twins.lists[twin.base] = values.texts(twin.node, key: twin.key)
      } else if let text = values.text(twin.node, key: twin.key) {
        twins[twin.base] = text
      }
    }
    return twins
  }

  /// Reads the whole file. Returns nil only when the format version is one
  /// this build does not read: then nothing else in the file can be trusted.
  func read(_ root: YAMLNode) -> Visit? {
    guard case .mapping(let mapping) = root else {
      let found = if case .sequence = root { "a list" } else { "a single value" }
      sink.report(LoaderMessages.topLevelNotMapping(found, at: root.location))
      return Visit()
    }
    let reader = MappingReader(mapping, spec: FormatSchema.root, sink: sink)
    var visit = Visit()
    if let format = values.text(reader.value("format"), key: "format") {
      guard format.value == Visit.supportedFormat else {
        sink.report(
          LoaderMessages.formatUnsupported(format.value, at: format.location ?? .startOfFile))
        return nil
      }
      visit.formatVersion = format
    } else {
      sink.report(LoaderMessages.formatMissing())
    }
    if let node = reader.required("visit", anchor: .startOfFile),
      let info = values.mapping(node, key: "visit")
    {
      visit.info = readInfo(info)
    }
    // Everything after `visit` knows the visit's language, for the twins.
    let language = visit.info.effectiveLanguage
    VisitReader(sink: sink, language: language).readSections(reader, into: &visit)
    return visit
  }

  private func readSections(_ reader: MappingReader, into visit: inout Visit) {
    visit.people = readCollection(reader.value("people"), key: "people", spec: .person, readPerson)
    visit.organizations = readCollection(
      reader.value("organizations"), key: "organizations", spec: .organization, readOrganization)
    visit.places = readCollection(reader.value("places"), key: "places", spec: .place, readPlace)
    visit.sites = readCollection(reader.value("sites"), key: "sites", spec: .site, readSite)
    visit.travel =
      reader.value("travel").map {
        values.mappings($0, key: "travel").compactMap(readTravel)
      } ?? []
    visit.days = reader.value("days").map(readDays) ?? []
    visit.unscheduled = reader.value("unscheduled").map(readUnscheduled) ?? []
    visit.agreements = readCollection(
      reader.value("agreements"), key: "agreements", spec: .agreement, readAgreement)
    if let node = reader.value("settings"), let settings = values.mapping(node, key: "settings") {
      visit.settings = readSettings(settings)
    }
    visit.groups = readCollection(reader.value("groups"), key: "groups", spec: .group, readGroup)
    visit.stays =
      reader.value("stays").map { values.mappings($0, key: "stays").map(readStay) } ?? []
    checkSides(visit)
    visit.sites = resolveRooms(visit.sites)
  }

  /// Reads a mapping from ids to objects. An entry whose value is not a
  /// mapping still defines its id, so references to it are not reported too.
  func readCollection<Entity>(
    _ node: YAMLNode?, key: String, spec name: ObjectSpec.Name,
    _ readEntity: (Located<Identifier>, MappingReader) -> Entity
  ) -> [Entity] {
    guard let node, let mapping = values.mapping(node, key: key) else { return [] }
    let spec = FormatSchema.spec(name)
    var result: [Entity] = []
    result.reserveCapacity(mapping.entries.count)
    for entry in mapping.entries {
      guard case .scalar(let idScalar) = entry.key else {
        sink.report(LoaderMessages.keyNotText(at: entry.key.location))
        continue
      }
      let id = values.definedIdentifier(idScalar)
      let body =
        values.mapping(entry.value, key: idScalar.text)
        ?? YAMLMapping(emptyAt: idScalar.location)
      result.append(readEntity(id, MappingReader(body, spec: spec, sink: sink)))
    }
    return result
  }

  // MARK: - visit

  func readInfo(_ mapping: YAMLMapping) -> VisitInfo {
    let reader = MappingReader(mapping, spec: FormatSchema.visit, sink: sink)
    var info = VisitInfo(location: mapping.location)
    info.language = values.choice(reader.value("language"), key: "language")
    let own = VisitReader(sink: sink, language: info.effectiveLanguage)
    info.title = values.text(reader.required("title"), key: "title")
    info.purpose = values.text(reader.value("purpose"), key: "purpose")
    info.timezone = values.timezone(reader.required("timezone"), key: "timezone")
    info.start = values.date(reader.value("start"), key: "start")
    info.end = values.date(reader.value("end"), key: "end")
    if let node = reader.value("delegation"),
      let delegation = values.mapping(node, key: "delegation")
    {
      info.delegation = own.readDelegation(delegation, spec: FormatSchema.delegation)
    }
    if let node = reader.value("delegations") {
      info.delegations = values.mappings(node, key: "delegations").map {
        own.readDelegation($0, spec: FormatSchema.delegationEntry)
      }
    }
    info.principal = values.reference(reader.value("principal"), key: "principal")
    info.status = values.choice(reader.value("status"), key: "status")
    info.host = values.reference(reader.value("host"), key: "host")
    info.inviter = values.reference(reader.value("inviter"), key: "inviter")
    info.author = values.text(reader.value("author"), key: "author")
    info.twins = own.twins(reader.twinNodes, spec: FormatSchema.visit)
    return info
  }

  /// The one `delegation`, or an entry of `delegations` (with its id).
  func readDelegation(_ mapping: YAMLMapping, spec: ObjectSpec) -> Delegation {
    let fields = MappingReader(mapping, spec: spec, sink: sink)
    var delegation = Delegation(
      name: values.text(fields.value("name"), key: "name"),
      from: values.reference(fields.value("from"), key: "from"),
      head: values.reference(fields.value("head"), key: "head"))
    if spec.name == .delegationEntry,
      let id = fields.required("id").flatMap({ values.scalar($0, key: "id") })
    {
      delegation.id = values.definedIdentifier(id)
    }
    delegation.location = mapping.location
    delegation.twins = twins(fields.twinNodes, spec: spec)
    return delegation
  }

  // MARK: - settings

  func readSettings(_ mapping: YAMLMapping) -> Settings {
    let reader = MappingReader(mapping, spec: FormatSchema.settings, sink: sink)
    return Settings(
      speedKmh: values.number(reader.value("speed-kmh"), key: "speed-kmh", in: 1...1000),
      roadFactor: values.number(reader.value("road-factor"), key: "road-factor", in: 1...10),
      localTransfer: values.duration(reader.value("local-transfer"), key: "local-transfer"),
      dayWindow: readOrderedRange(reader.value("day-window"), key: "day-window"),
      maxDayLength: values.duration(reader.value("max-day-length"), key: "max-day-length"),
      ignoredRules: values.ruleSlugs(reader.value("ignore"), key: "ignore"),
      roomTransfer: values.duration(reader.value("room-transfer"), key: "room-transfer"),
      lunch: lunch(reader.value("lunch")),
      defaultDuration: values.duration(reader.value("default-duration"), key: "default-duration"))
  }

  /// `12:00-15:00 45m`.
  func lunch(_ node: YAMLNode?) -> Located<LunchRule>? {
    guard let text = values.text(node, key: "lunch") else { return nil }
    guard let rule = LunchRule(parsing: text.value) else {
      sink.report(LoaderMessages.invalidLunch(text.value, at: text.location ?? .startOfFile))
      return nil
    }
    return Located(rule, at: text.location)
  }

  /// A time range that must end after it starts (a window, not an event,
  /// whose order is the `time-order` check's business).
  func readOrderedRange(_ node: YAMLNode?, key: String) -> Located<TimeRange>? {
    guard let range = values.timeRange(node, key: key) else { return nil }
    guard range.value.start < range.value.end else {
      sink.report(
        LoaderMessages.invalidTimeRange(
          range.value.description, at: range.location ?? .startOfFile))
      return nil
    }
    return range
  }
}
