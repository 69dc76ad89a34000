import VisitCore
import VisitLanguage

/// A place. `name` is the name alone ("Липецке"); `full` puts the generic
/// word of its kind in front and declines both ("городе Липецке", "селе
/// Преображенье"); regions and districts carry theirs in the name already.
struct PlaceValue: TemplateObject, Declinable {
  let model: ReportModel
  let place: Place
  var grammaticalCase: GrammaticalCase = .nominative
  var withGenericWord = false

  static let typeName = "Place"
  static let fields: [String: FieldType] = [
    "name": .object("Place"), "full": .object("Place"), "kind": .text,
    "within": .object("Place"),
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "name":
      var copy = self
      copy.withGenericWord = false
      return copy
    case "full":
      var copy = self
      copy.withGenericWord = true
      return copy
    case "kind": return place.kind?.value.text
    case "within": return model.place(place.enclosingPlace?.value)
    default: return nil
    }
  }

  var name: String {
    let english = model.language == .english ? place.englishName?.value : nil
    return english ?? place.name?.value ?? place.id.value.rawValue
  }

  /// The word a name stands beside in official texts: город, село; a free
  /// `kind` written in Russian (посёлок, деревня) is used as it is.
  var genericWord: String? {
    guard model.language == .russian, let kind = place.kind?.value else { return nil }
    switch kind {
    case .city, .town: return "город"
    case .village: return "село"
    case .country, .region, .district: return nil
    case .other(let text):
      return RussianInflector.isRussianWord(text) && !text.contains(" ") ? text : nil
    }
  }

  var description: String {
    guard model.language == .russian else { return name }
    if withGenericWord, let genericWord {
      if let exact = place.forms[grammaticalCase] {
        let generic = RussianInflector.inflect(genericWord, as: .organization, to: grammaticalCase)
        return "\(generic.text) \(exact)"
      }
      return PlaceNameInflector.inflect(name, genericWord: genericWord, to: grammaticalCase).text
    }
    return RussianInflector.inflect(name, as: .place, to: grammaticalCase, forms: place.forms).text
  }

  func inflected(_ grammaticalCase: GrammaticalCase) -> PlaceValue {
    var copy = self
    copy.grammaticalCase = grammaticalCase
    return copy
  }

  var agreementGender: GrammaticalGender? {
    if withGenericWord, let genericWord {
      return RussianInflector.gender(of: genericWord, as: .organization)
    }
    return RussianInflector.gender(of: name, as: .place)
  }

  var locative: String {
    guard model.language == .russian else { return "in \(name)" }
    let declined = inflected(.prepositional).description
    let nominative = inflected(.nominative).description
    return "\(RussianInflector.preposition(for: nominative, declined: declined)) \(declined)"
  }
}
