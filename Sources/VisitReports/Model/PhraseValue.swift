import VisitCore
import VisitLanguage

/// A value that can be put in a grammatical case and that words agree with.
protocol Declinable: CustomStringConvertible {
  func inflected(_ grammaticalCase: GrammaticalCase) -> Self
  /// The gender agreeing words take: встреча состоялась, визит состоялся.
  var agreementGender: GrammaticalGender? { get }
  /// "в школьном музее", "на улице …": the value after its preposition.
  var locative: String { get }
}

/// A title, a position, an organization's or an agreement's name, a topic:
/// text that declines by the rules of its kind, with the file's forms first.
struct PhraseValue: TemplateObject, Declinable {
  let text: String
  let kind: InflectionKind
  var forms = GrammaticalForms()
  let language: Language
  var grammaticalCase: GrammaticalCase = .nominative
  /// Several coordinated things ("осмотр … и посадка дерева"): the verb and
  /// the pronoun agree in the plural.
  var isPlural = false

  static let typeName = "Phrase"
  static let fields: [String: FieldType] = ["text": .text]

  func field(_ name: String) -> Any? {
    name == "text" ? text : nil
  }

  var description: String {
    guard language == .russian else { return text }
    return RussianInflector.inflect(text, as: kind, to: grammaticalCase, forms: forms).text
  }

  func inflected(_ grammaticalCase: GrammaticalCase) -> PhraseValue {
    var copy = self
    copy.grammaticalCase = grammaticalCase
    return copy
  }

  var agreementGender: GrammaticalGender? {
    isPlural ? .plural : RussianInflector.gender(of: text, as: kind)
  }

  var locative: String {
    guard language == .russian else { return "in \(text)" }
    return RussianInflector.locative(text, as: kind, forms: forms)
  }
}
