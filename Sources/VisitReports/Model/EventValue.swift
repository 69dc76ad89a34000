import VisitCore
import VisitLanguage

/// An event of the programme; prints as its title.
struct EventValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let event: Event

  static let typeName = "Event"
  static let fields: [String: FieldType] = [
    "id": .text, "title": .object("Phrase"), "kind": .text, "date": .object("Date"),
    "time": .text, "start": .text, "end": .text, "is_scheduled": .flag,
    "site": .object("Site"), "place": .object("Place"),
    "participants": .list(.object("Participant")), "people": .list(.object("Person")),
    "organizations": .list(.object("Organization")), "responsible": .object("Person"),
    "topics": .list(.object("Phrase")), "notes": .text, "gifts": .list(.object("Gift")),
    "agreements": .list(.object("Agreement")), "site_in_title": .flag,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "id": return event.id.value.rawValue
    case "title": return title
    case "kind": return event.kind?.value.rawValue
    case "date": return event.date.map { DateValue(date: $0, language: model.language) }
    case "time": return TimeFormat.event(event, model.language) ?? ""
    case "start": return event.startTime.map(TimeFormat.time) ?? ""
    case "end": return event.time.map { TimeFormat.time($0.value.end) } ?? ""
    case "is_scheduled": return event.isScheduled
    case "site": return model.site(event.site?.value)
    case "place": return model.place(model.placeID(of: event))
    case "participants": return event.participants.compactMap { model.participant($0.value) }
    case "people": return model.people(in: event.participants)
    case "organizations":
      return event.participants.compactMap { participant -> OrganizationValue? in
        guard case .entity(let id) = participant.value, model.people[id] == nil else { return nil }
        return model.organization(id)
      }
    case "responsible": return model.person(event.responsible?.value)
    case "topics":
      return model.texts("topics", event.topics, twins: event.twins).map {
        PhraseValue(text: $0, kind: .organization, language: model.language)
      }
    case "notes": return model.text("notes", event.notes?.value, twins: event.twins)
    case "gifts": return event.gifts.map { GiftValue(model: model, gift: $0, event: event) }
    case "agreements":
      return (model.agreementsByEvent[event.id.value] ?? []).map {
        AgreementValue(model: model, agreement: $0)
      }
    case "site_in_title": return siteIsInTitle
    default: return nil
    }
  }

  /// Whether the title already names the venue, in any case ("Ознакомление с
  /// экспозицией школьного музея"), so that prose need not say where again.
  var siteIsInTitle: Bool {
    guard let site = model.site(event.site?.value), let title = event.title?.value else {
      return false
    }
    let lowered = title.lowercased()
    return GrammaticalCase.allCases.contains {
      TextSearch.contains(lowered, site.inflected($0).description.lowercased())
    }
  }

  var title: PhraseValue {
    PhraseValue(
      text: model.text("title", event.title?.value, twins: event.twins)
        ?? event.id.value.rawValue, kind: .organization,
      language: model.language)
  }

  var description: String { title.description }
}

/// A day of the programme; prints as its heading ("19 июня, вторник").
struct DayValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let day: Day

  static let typeName = "Day"
  static let fields: [String: FieldType] = [
    "date": .object("Date"), "title": .text, "events": .list(.object("Event")),
    "place": .object("Place"), "route": .list(.object("Place")),
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "date": return day.date.map { DateValue(date: $0.value, language: model.language) }
    case "title": return model.text("title", day.title?.value, twins: day.twins)
    case "events": return day.events.map { EventValue(model: model, event: $0) }
    case "place": return model.place(placeID)
    case "route": return route
    default: return nil
    }
  }

  /// The innermost place holding all of the day's events.
  var placeID: Identifier? {
    model.places.innermostCommon(of: day.events.compactMap(model.placeID(of:)))
  }

  /// Where the day went, from the area below the visit's destination down
  /// to the day's place: [Измалковский муниципальный район, Преображенье].
  var route: [PlaceValue] {
    guard let placeID else { return [] }
    var chain = model.places.chain(from: placeID)
    if let destination = model.destinationID, let index = chain.firstIndex(of: destination) {
      chain = Array(chain[..<index])
    }
    return chain.reversed().compactMap { model.place($0) }
  }

  var description: String {
    day.date.map { DateFormat.dayHeading($0.value, model.language) } ?? ""
  }
}
