import VisitCore
import VisitLanguage

/// A stay at a hotel, for the working programme's "Размещение".
struct StayValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let stay: Stay

  static let typeName = "Stay"
  static let fields: [String: FieldType] = [
    "site": .object("Site"), "people": .list(.object("Participant")), "from": .object("Date"),
    "to": .object("Date"), "rooms": .number, "notes": .text,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "site": return model.site(stay.site?.value)
    case "people": return stay.people.compactMap { model.participant($0.value) }
    case "from": return stay.from.map { DateValue(date: $0.value, language: model.language) }
    case "to": return stay.to.map { DateValue(date: $0.value, language: model.language) }
    case "rooms": return stay.rooms?.value
    case "notes": return model.text("notes", stay.notes?.value, twins: stay.twins)
    default: return nil
    }
  }

  var description: String { model.site(stay.site?.value)?.description ?? "" }
}
