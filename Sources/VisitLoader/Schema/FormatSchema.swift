public import VisitCore
public import VisitDiagnostics

/// The type of a value in the visit format, as far as the key tables and the
/// JSON Schema need to know it.
public indirect enum FieldType: Sendable {
  case text
  /// `visitplan/1`.
  case formatVersion
  /// An IANA name such as `Europe/Moscow`.
  case timezone
  /// The id of an event, written in the event itself.
  case eventID
  /// An id of one of these kinds.
  case reference(Set<EntityKind>)
  /// A person or organization id, or a group word.
  case participant
  case date
  case time
  case timeRange
  /// An event's `time`: a range, a start only, or `all-day`.
  case eventTime
  /// A date with an optional time: `2018-06-18 14:30`.
  case moment
  /// "Sir Michael Hardie Boys", or `{honorific, first, last}`.
  case englishName
  case duration
  /// Whole minutes, or a duration such as `1h40m`.
  case travelDuration
  case integer(minimum: Int)
  /// A decimal number within bounds that make sense (a speed of 1e-20 km/h
  /// would make every travel estimate overflow).
  case number(ClosedRange<Double>)
  case boolean
  case choice([String])
  /// Free text with suggested values (a place's `kind`).
  case suggestedText([String])
  case list(FieldType)
  case object(ObjectSpec.Name)
  /// A mapping from ids to objects: `people`, `sites`, …
  case collection(ObjectSpec.Name)
  /// The six grammatical cases → text.
  case forms
  /// "Last First Middle" or `{last, first, middle}`.
  case personName
  /// `[latitude, longitude]`.
  case geo
  /// A range for every day, or a mapping of weekdays.
  case openingHours
  /// The slug of a check rule that may be silenced.
  case ruleSlug
}

extension FieldType {
  /// Text a person reads, which may have a twin in the other language.
  public var isTwinnable: Bool {
    switch self {
    case .text, .personName: true
    case .list(let item): if case .text = item { true } else { false }
    default: false
    }
  }
}

/// One key of a mapping in the format.
public struct FieldSpec: Sendable {
  public let key: String
  public let type: FieldType
  public let isRequired: Bool
  /// A one-line description, shown by editors from the JSON Schema.
  public let summary: String

  init(_ key: String, _ type: FieldType, required: Bool = false, _ summary: String) {
    self.key = key
    self.type = type
    self.isRequired = required
    self.summary = summary
  }
}

/// A kind of mapping in the format and the keys it may hold. The loader checks
/// keys against these tables, and `visitplan schema` is generated from them,
/// so the two cannot drift apart.
public struct ObjectSpec: Sendable {
  public enum Name: String, Sendable, CaseIterable {
    case root, visit, delegation, delegationEntry, person, organization, place, site, travel, day
    case event, gift, agreement, settings, personName, englishName, group, stay
  }

  public let name: Name
  public let summary: String
  /// Where a message about this mapping points, e.g. "in an event".
  public let context: LocalizedText
  public let fields: [FieldSpec]

  public var keys: [String] { fields.map(\.key) }

  /// The keys as a set, built once: every mapping of a file is checked against it.
  let keySet: Set<String>
  /// The keys prepared for "did you mean", built once: a file may misspell
  /// a key a hundred thousand times.
  let keyIndex: SpellingIndex
  /// The twin keys this mapping accepts (`title-en` → `title`): every text
  /// field may have one in the visit's other language (programmes.md). A key
  /// the table defines itself (`name-en`) is not a twin.
  public let twinBase: [String: String]

  init(name: Name, summary: String, context: LocalizedText, fields: [FieldSpec]) {
    self.name = name
    self.summary = summary
    self.context = context
    self.fields = fields
    self.keySet = Set(fields.map(\.key))
    self.keyIndex = SpellingIndex(fields.map(\.key))
    var twins: [String: String] = [:]
    for field in fields where field.type.isTwinnable {
      for suffix in ["-en", "-ru"] where !keySet.contains(field.key + suffix) {
        twins[field.key + suffix] = field.key
      }
    }
    self.twinBase = twins
  }

  /// The twin keys in table order, for the JSON Schema and the docs.
  public var twinKeys: [(key: String, base: FieldSpec)] {
    fields.filter(\.type.isTwinnable).flatMap { field in
      ["-en", "-ru"].compactMap { suffix in
        twinBase[field.key + suffix] == nil ? nil : (field.key + suffix, field)
      }
    }
  }

  public func field(_ key: String) -> FieldSpec? {
    fields.first { $0.key == key }
  }
}

/// The visit format v1, key by key.
public enum FormatSchema {
  public static func spec(_ name: ObjectSpec.Name) -> ObjectSpec {
    switch name {
    case .root: root
    case .visit: visit
    case .delegation: delegation
    case .delegationEntry: delegationEntry
    case .englishName: englishName
    case .group: group
    case .stay: stay
    case .person: person
    case .organization: organization
    case .place: place
    case .site: site
    case .travel: travel
    case .day: day
    case .event: event
    case .gift: gift
    case .agreement: agreement
    case .settings: settings
    case .personName: personName
    }
  }

  static let people: Set<EntityKind> = [.person]
  static let organizations: Set<EntityKind> = [.organization]

  public static let root = ObjectSpec(
    name: .root, summary: "A visit file, format visitplan/1.",
    context: LocalizedText(english: "at the top level", russian: "на верхнем уровне файла"),
    fields: [
      FieldSpec("format", .formatVersion, required: true, "The format version: visitplan/1."),
      FieldSpec("visit", .object(.visit), required: true, "What the visit is."),
      FieldSpec("people", .collection(.person), "Everyone who takes part, by id."),
      FieldSpec("organizations", .collection(.organization), "Organizations, by id."),
      FieldSpec("places", .collection(.place), "Settlements and administrative units, by id."),
      FieldSpec("sites", .collection(.site), "Venues where events happen, by id."),
      FieldSpec("travel", .list(.object(.travel)), "Known travel times."),
      FieldSpec("days", .list(.object(.day)), "The programme, day by day."),
      FieldSpec("unscheduled", .list(.object(.event)), "Events whose day is not decided yet."),
      FieldSpec("agreements", .collection(.agreement), "Agreements signed, by id."),
      FieldSpec("groups", .collection(.group), "Named sets of people taking part together."),
      FieldSpec("stays", .list(.object(.stay)), "Accommodation: who stays where, when."),
      FieldSpec("settings", .object(.settings), "Travel estimates, day limits, silenced rules."),
    ])

  public static let visit = ObjectSpec(
    name: .visit, summary: "The visit itself.",
    context: LocalizedText(english: "in the visit section", russian: "в разделе visit"),
    fields: [
      FieldSpec("title", .text, required: true, "The visit's title."),
      FieldSpec("purpose", .text, "Why the visit takes place."),
      FieldSpec("language", .choice(Language.allCases.map(\.rawValue)), "ru (default) or en."),
      FieldSpec("timezone", .timezone, required: true, "IANA name, e.g. Europe/Moscow."),
      FieldSpec("start", .date, "First day; default: the first day in days."),
      FieldSpec("end", .date, "Last day; default: the last day in days."),
      FieldSpec("delegation", .object(.delegation), "Who travels."),
      FieldSpec(
        "delegations", .list(.object(.delegationEntry)),
        "Several delegations at once; each id is a group word."),
      FieldSpec("principal", .reference(people), "The official on a working trip, no delegation."),
      FieldSpec(
        "status", .choice(ProgrammeStatus.allCases.map(\.rawValue)),
        "draft, preliminary or final."),
      FieldSpec("host", .reference(organizations), "The organization receiving the delegation."),
      FieldSpec("inviter", .reference(organizations), "Who invited it, where not the host."),
      FieldSpec("author", .text, "Who writes the reports; printed in report footers."),
    ])

  public static let delegation = ObjectSpec(
    name: .delegation, summary: "The travelling delegation.",
    context: LocalizedText(english: "in the delegation", russian: "в описании делегации"),
    fields: [
      FieldSpec("name", .text, "E.g. делегация города Стаханова."),
      FieldSpec("from", .reference([.place, .organization]), "A place or organization id."),
      FieldSpec("head", .reference(people), "The person heading the delegation."),
    ])

  public static let delegationEntry = ObjectSpec(
    name: .delegationEntry, summary: "One of several delegations.",
    context: LocalizedText(english: "in a delegation", russian: "в описании делегации"),
    fields: [
      FieldSpec("id", .eventID, required: true, "The group word for its members."),
      FieldSpec("name", .text, "E.g. делегация ветеранов Киева."),
      FieldSpec("from", .reference([.place, .organization]), "A place or organization id."),
      FieldSpec("head", .reference(people), "The person heading the delegation."),
    ])

  public static let group = ObjectSpec(
    name: .group, summary: "A named set of people taking part together.",
    context: LocalizedText(english: "in a group", russian: "в описании группы"),
    fields: [
      FieldSpec("name", .text, "E.g. супруги членов делегации."),
      FieldSpec("members", .list(.reference(people)), "Person ids; none: a body."),
    ])

  public static let stay = ObjectSpec(
    name: .stay, summary: "Who stays at a hotel, from check-in to check-out.",
    context: LocalizedText(english: "in a stay", russian: "в описании размещения"),
    fields: [
      FieldSpec("site", .reference([.site]), required: true, "The hotel."),
      FieldSpec("people", .list(.participant), required: true, "Ids and group words."),
      FieldSpec("from", .date, required: true, "Check-in date."),
      FieldSpec("to", .date, "Check-out date; default the visit's end."),
      FieldSpec("rooms", .integer(minimum: 1), "How many rooms."),
      FieldSpec("notes", .text, "Anything else."),
    ])

  public static let englishName = ObjectSpec(
    name: .englishName, summary: "An English name in parts.",
    context: LocalizedText(english: "in an English name", russian: "в английском имени"),
    fields: [
      FieldSpec("last", .text, required: true, "Surname: Hardie Boys."),
      FieldSpec("first", .text, "Given name: Michael."),
      FieldSpec("honorific", .text, "Sir, Dr, …"),
    ])

  public static let person = ObjectSpec(
    name: .person, summary: "A person taking part.",
    context: LocalizedText(english: "in a person", russian: "в описании участника"),
    fields: [
      FieldSpec("name", .personName, "\"Last First Middle\", or {last, first, middle}."),
      FieldSpec(
        "name-en", .englishName, "\"Sir Michael Hardie Boys\", or {honorific, first, last}."),
      FieldSpec("gender", .choice(Gender.allCases.map(\.rawValue)), "male or female."),
      FieldSpec("position", .text, "The position; required when there is no name."),
      FieldSpec("position-forms", .forms, "Exact grammatical forms of the position."),
      FieldSpec("organization", .reference(organizations), "The person's organization."),
      FieldSpec("side", .text, "delegation, host, guest, or a delegation's id."),
      FieldSpec("arrives", .moment, "When the person's visit begins: 2018-06-18 14:30."),
      FieldSpec("leaves", .moment, "When it ends."),
      FieldSpec(
        "busy", .list(.text),
        "When the person cannot take part: 2018-06-19 or 2018-06-19 12:00-14:00."),
      FieldSpec("forms", .forms, "Exact grammatical forms of the name."),
    ])

  public static let personName = ObjectSpec(
    name: .personName, summary: "A name in parts.",
    context: LocalizedText(english: "in a name", russian: "в описании имени"),
    fields: [
      FieldSpec("last", .text, required: true, "Surname."),
      FieldSpec("first", .text, "First name."),
      FieldSpec("middle", .text, "Patronymic."),
    ])

  public static let organization = ObjectSpec(
    name: .organization, summary: "An organization.",
    context: LocalizedText(english: "in an organization", russian: "в описании организации"),
    fields: [
      FieldSpec("name", .text, required: true, "The full name."),
      FieldSpec("name-en", .text, "The name in English."),
      FieldSpec("short", .text, "The abbreviation."),
      FieldSpec("place", .reference([.place]), "Where it is."),
      FieldSpec("head", .reference(people), "Who heads it."),
      FieldSpec("kind", .text, "Free text: administration, school, …"),
      FieldSpec("forms", .forms, "Exact grammatical forms of the name."),
    ])

  public static let place = ObjectSpec(
    name: .place, summary: "A settlement or an administrative unit.",
    context: LocalizedText(english: "in a place", russian: "в описании места"),
    fields: [
      FieldSpec("name", .text, required: true, "The name."),
      FieldSpec("name-en", .text, "The name in English."),
      FieldSpec("kind", .suggestedText(PlaceKind.knownKinds), "country, region, district, …"),
      FieldSpec("in", .reference([.place]), "The enclosing place."),
      FieldSpec("geo", .geo, "[latitude, longitude]."),
      FieldSpec("forms", .forms, "Exact grammatical forms of the name."),
    ])

  public static let site = ObjectSpec(
    name: .site, summary: "A venue where events happen.",
    context: LocalizedText(english: "in a site", russian: "в описании площадки"),
    fields: [
      FieldSpec("name", .text, required: true, "The name."),
      FieldSpec("name-en", .text, "The name in English."),
      FieldSpec("place", .reference([.place]), "The place the site is in; required but in a room."),
      FieldSpec("in", .reference([.site]), "The building this site is a room of."),
      FieldSpec("address", .text, "The address."),
      FieldSpec("geo", .geo, "[latitude, longitude]; else the place's."),
      FieldSpec("hours", .openingHours, "Opening hours; absent means always open."),
      FieldSpec("closed", .list(.date), "Dates closed regardless of hours."),
      FieldSpec("capacity", .integer(minimum: 0), "People at once."),
      FieldSpec("shared", .boolean, "Several events may run here at once."),
      FieldSpec("forms", .forms, "Exact grammatical forms of the name."),
    ])

  public static let travel = ObjectSpec(
    name: .travel, summary: "A travel time between two sites or places.",
    context: LocalizedText(english: "in a travel entry", russian: "в записи о переезде"),
    fields: [
      FieldSpec("from", .reference([.place, .site]), required: true, "A place or site id."),
      FieldSpec("to", .reference([.place, .site]), required: true, "A place or site id."),
      FieldSpec("minutes", .travelDuration, required: true, "Minutes, or e.g. 1h40m."),
      FieldSpec("oneway", .boolean, "Only from → to; default both ways."),
    ])

  public static let day = ObjectSpec(
    name: .day, summary: "One day of the programme.",
    context: LocalizedText(english: "in a day", russian: "в описании дня"),
    fields: [
      FieldSpec("date", .date, required: true, "The date, YYYY-MM-DD."),
      FieldSpec("title", .text, "E.g. the district visited that day."),
      FieldSpec("events", .list(.object(.event)), "The day's events."),
    ])

  public static let event = ObjectSpec(
    name: .event, summary: "An item of the programme.",
    context: LocalizedText(english: "in an event", russian: "в описании события"),
    fields: [
      FieldSpec("id", .eventID, "Needed to be referenced; default DATE#N."),
      FieldSpec("title", .text, required: true, "What happens."),
      FieldSpec("kind", .choice(EventKind.allCases.map(\.rawValue)), "meeting, visit, …"),
      FieldSpec("time", .eventTime, "10:00-11:30, 10:20 (no end stated), or all-day."),
      FieldSpec("start", .time, "Start; with end or duration, else no end stated."),
      FieldSpec("end", .time, "End, with start."),
      FieldSpec("duration", .duration, "90m, 1h, 1h30m."),
      FieldSpec("site", .reference([.site]), "Where."),
      FieldSpec(
        "from", .reference([.site, .place]), "Where a leg, or the item's own transfer, starts."),
      FieldSpec("to", .reference([.site, .place]), "Where a leg ends."),
      FieldSpec("by", .text, "How a leg travels: автобусы, train № 36, NZ 38."),
      FieldSpec("with", .list(.reference(people)), "The counterpart: who is met."),
      FieldSpec("hosted-by", .list(.reference([.person, .organization])), "Who hosts it."),
      FieldSpec(
        "press", .choice(PressAccess.allCases.map(\.rawValue)), "open, closed, pool or photo-op."),
      FieldSpec("press-notes", .text, "Media arrangements."),
      FieldSpec("internal-notes", .text, "For the organisers only."),
      FieldSpec("optional", .boolean, "The event may be skipped."),
      FieldSpec("dates", .list(.date), "The days it may take (planner); default any."),
      FieldSpec(
        "participants", .list(.participant), "Person or organization ids, delegation, hosts."),
      FieldSpec("responsible", .reference(people), "The host official in charge."),
      FieldSpec("topics", .list(.text), "What is discussed."),
      FieldSpec("gifts", .list(.object(.gift)), "Gifts handed over."),
      FieldSpec("notes", .text, "Anything else."),
      FieldSpec("after", .list(.reference([.event])), "Events that must end before this starts."),
      FieldSpec("window", .timeRange, "The event must lie inside this range."),
      FieldSpec("priority", .integer(minimum: 1), "Planner priority, default 1."),
      FieldSpec("fixed", .boolean, "The planner never moves it."),
      FieldSpec("ignore", .list(.ruleSlug), "Check rules silenced for this event."),
    ])

  public static let gift = ObjectSpec(
    name: .gift, summary: "A protocol gift.",
    context: LocalizedText(english: "in a gift", russian: "в описании подарка"),
    fields: [
      FieldSpec("item", .text, required: true, "What was given."),
      FieldSpec("from", .reference([.person, .organization]), "Who gave it."),
      FieldSpec("to", .reference([.person, .organization]), "Who received it."),
      FieldSpec("value", .text, "E.g. 5000 RUB."),
      FieldSpec("in-person", .boolean, "False when handed over in the person's absence."),
    ])

  public static let agreement = ObjectSpec(
    name: .agreement, summary: "An agreement signed during the visit.",
    context: LocalizedText(english: "in an agreement", russian: "в описании соглашения"),
    fields: [
      FieldSpec("title", .text, required: true, "The agreement's title."),
      FieldSpec("kind", .choice(AgreementKind.allCases.map(\.rawValue)), "cooperation, …"),
      FieldSpec("parties", .list(.reference(organizations)), "At least two organizations."),
      FieldSpec("signatories", .list(.reference(people)), "Who signed."),
      FieldSpec("event", .reference([.event]), "The event where it was signed."),
      FieldSpec("goals", .list(.text), "What it is for."),
    ])

  public static let settings = ObjectSpec(
    name: .settings, summary: "File-wide settings.",
    context: LocalizedText(english: "in settings", russian: "в разделе settings"),
    fields: [
      FieldSpec("speed-kmh", .number(1...1000), "Road speed, 1 to 1000, default 60."),
      FieldSpec("road-factor", .number(1...10), "Road ÷ straight line, 1 to 10, default 1.3."),
      FieldSpec("local-transfer", .duration, "Between sites of one place, default 15m."),
      FieldSpec("room-transfer", .duration, "Between rooms of one building, default 5m."),
      FieldSpec("lunch", .text, "Everyone's lunch, e.g. 12:00-15:00 45m."),
      FieldSpec("default-duration", .duration, "An event without a time or duration, default 60m."),
      FieldSpec("day-window", .timeRange, "When a day may run, default 08:00-21:00."),
      FieldSpec("max-day-length", .duration, "First start to last end, default 12h."),
      FieldSpec("ignore", .list(.ruleSlug), "Check rules silenced for the whole file."),
    ])
}
