import VisitCore
import VisitLanguage

/// The visit's own facts: title, purpose, dates, author, destination.
struct VisitValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel

  static let typeName = "Visit"
  static let fields: [String: FieldType] = [
    "title": .text, "purpose": .text, "dates": .object("DateRange"), "start": .object("Date"),
    "end": .object("Date"), "author": .text, "destination": .object("Place"),
    "language": .text, "timezone": .text, "principal": .object("Person"),
    "subject": .object("Participant"), "is_working_trip": .flag, "status": .text,
    "is_preliminary": .flag,
  ]

  var info: VisitInfo { model.visit.info }

  func field(_ name: String) -> Any? {
    switch name {
    case "title": return model.text("title", info.title?.value, twins: info.twins)
    case "purpose": return model.text("purpose", info.purpose?.value, twins: info.twins)
    case "dates":
      return start.flatMap { start in
        end.map { DateRangeValue(start: start, end: $0, language: model.language) }
      }
    case "start": return start.map { DateValue(date: $0, language: model.language) }
    case "end": return end.map { DateValue(date: $0, language: model.language) }
    case "author": return model.text("author", info.author?.value, twins: info.twins)
    case "destination": return model.place(model.destinationID)
    case "language": return model.language.rawValue
    case "timezone": return info.timezone?.value
    case "principal": return model.person(info.principal?.value)
    case "is_working_trip": return info.principal != nil
    case "subject": return subject
    case "status": return info.status?.value.rawValue
    case "is_preliminary": return info.status?.value == .preliminary
    default: return nil
    }
  }

  /// The visit's dates as written, else its first and last day — unless
  /// some events have no day yet: then the dates are not known, and a report
  /// must not claim them.
  var start: CalendarDate? {
    info.start?.value
      ?? (datesAreKnown ? model.visit.days.compactMap { $0.date?.value }.min() : nil)
  }

  var end: CalendarDate? {
    info.end?.value ?? (datesAreKnown ? model.visit.days.compactMap { $0.date?.value }.max() : nil)
  }

  private var datesAreKnown: Bool { model.visit.unscheduled.isEmpty }

  /// Who the report's sentences are about after the first: the official on
  /// a working trip by initials ("Г. А. Рапота"), else "делегация" /
  /// "делегации" — the next mention, short (issue 10, first/next mention).
  var subject: Any {
    if let principal = model.person(info.principal?.value) {
      return principal.restyled(.initials)
    }
    return GroupValue(model: model, group: .delegation).shortPhrase
  }

  var description: String { model.text("title", info.title?.value, twins: info.twins) ?? "" }
}

/// The delegation: its name, where it comes from, its head and members.
struct DelegationValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel

  static let typeName = "Delegation"
  static let fields: [String: FieldType] = [
    "name": .object("Phrase"), "from_place": .object("Place"),
    "from_organization": .object("Organization"), "head": .object("Person"),
    "members": .list(.object("Person")),
  ]

  func field(_ name: String) -> Any? {
    let delegation = model.visit.info.delegation
    switch name {
    case "name": return GroupValue(model: model, group: .delegation).phrase
    case "from_place": return model.place(delegation?.from?.value)
    case "from_organization": return model.organization(delegation?.from?.value)
    case "head": return model.person(delegation?.head?.value)
    case "members": return model.members(of: .delegation)
    default: return nil
    }
  }

  var description: String { GroupValue(model: model, group: .delegation).description }
}

/// The names a template starts from.
enum ReportRoot {
  static let fields: [String: FieldType] = [
    "visit": .object("Visit"), "delegation": .object("Delegation"),
    "host": .object("Organization"), "inviter": .object("Organization"),
    "people": .list(.object("Person")), "hosts": .list(.object("Person")),
    "guests": .list(.object("Person")), "days": .list(.object("Day")),
    "unscheduled": .list(.object("Event")), "events": .list(.object("Event")),
    "agreements": .list(.object("Agreement")), "gifts": .list(.object("Gift")),
    "organizations": .list(.object("Organization")), "places": .list(.object("Place")),
    "sites": .list(.object("Site")),
  ]

  static func values(_ model: ReportModel) -> [String: Any] {
    let visit = model.visit
    var values: [String: Any] = [
      "visit": VisitValue(model: model),
      "delegation": DelegationValue(model: model),
      "people": visit.peopleInProtocolOrder.map { PersonValue(model: model, person: $0) },
      "hosts": model.members(of: .host),
      "guests": model.members(of: .guest),
      "days": visit.days.sorted {
        ($0.date?.value.daysSinceEpoch ?? .max) < ($1.date?.value.daysSinceEpoch ?? .max)
      }
      .map { DayValue(model: model, day: $0) },
      "unscheduled": visit.unscheduled.map { EventValue(model: model, event: $0) },
      "events": visit.events.map { EventValue(model: model, event: $0) },
      "agreements": visit.agreements.map { AgreementValue(model: model, agreement: $0) },
      "gifts": visit.events.flatMap { event in
        event.gifts.map { GiftValue(model: model, gift: $0, event: event) }
      },
      "organizations": visit.organizations.map {
        OrganizationValue(model: model, organization: $0)
      },
      "places": visit.places.map { PlaceValue(model: model, place: $0) },
      "sites": visit.sites.map { SiteValue(model: model, site: $0) },
    ]
    // Absent values stay absent: `{% if inviter %}` is then false.
    if let host = model.organization(visit.info.host?.value) { values["host"] = host }
    if let inviter = model.organization(visit.info.inviter?.value) { values["inviter"] = inviter }
    return values
  }
}
