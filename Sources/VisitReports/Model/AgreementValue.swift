import VisitCore
import VisitLanguage

/// An agreement; prints as its title.
struct AgreementValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let agreement: Agreement

  static let typeName = "Agreement"
  static let fields: [String: FieldType] = [
    "title": .object("Phrase"), "kind": .text, "parties": .list(.object("Organization")),
    "signatories": .list(.object("Person")), "event": .object("Event"),
    "date": .object("Date"), "site": .object("Site"), "place": .object("Place"),
    "goals": .list(.object("Phrase")),
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "title": return title
    case "kind": return agreement.kind?.value.rawValue
    case "parties": return agreement.parties.compactMap { model.organization($0.value) }
    case "signatories": return agreement.signatories.compactMap { model.person($0.value) }
    case "event": return event.map { EventValue(model: model, event: $0) }
    case "date": return event?.date.map { DateValue(date: $0, language: model.language) }
    case "site": return model.site(event?.site?.value)
    case "place": return event.flatMap { model.place(model.placeID(of: $0)) }
    case "goals":
      return model.texts("goals", agreement.goals, twins: agreement.twins).map {
        PhraseValue(text: $0, kind: .organization, language: model.language)
      }
    default: return nil
    }
  }

  var event: Event? { agreement.event.flatMap { model.events[$0.value] } }

  var title: PhraseValue {
    PhraseValue(
      text: model.text("title", agreement.title?.value, twins: agreement.twins)
        ?? agreement.id.value.rawValue, kind: .organization,
      language: model.language)
  }

  var description: String { title.description }
}

/// A protocol gift, with the event it was handed over at.
struct GiftValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let gift: Gift
  let event: Event

  static let typeName = "Gift"
  static let fields: [String: FieldType] = [
    "item": .object("Phrase"), "from": .object("Participant"), "to": .object("Participant"),
    "value": .text, "in_person": .flag, "event": .object("Event"), "date": .object("Date"),
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "item": return item
    case "from": return model.party(gift.from?.value)
    case "to": return model.party(gift.to?.value)
    case "value": return model.text("value", gift.value?.value, twins: gift.twins)
    case "in_person": return gift.isInPerson
    case "event": return EventValue(model: model, event: event)
    case "date": return event.date.map { DateValue(date: $0, language: model.language) }
    default: return nil
    }
  }

  var item: PhraseValue {
    PhraseValue(
      text: model.text("item", gift.item?.value, twins: gift.twins) ?? "", kind: .organization,
      language: model.language)
  }

  var description: String { item.description }
}
