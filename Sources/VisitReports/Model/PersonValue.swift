import VisitCore
import VisitLanguage

/// A person in a report. Prints as running text wants it ("Сергей
/// Жевлаков"), in the case a filter asks for; `full` is the list form
/// ("Жевлаков Сергей"), `initials` the short one ("С. Жевлаков"). A person
/// without a name is shown by position. English documents use `name-en`.
struct PersonValue: TemplateObject, Declinable {
  enum Style: Hashable, Sendable {
    case running
    case list
    case initials
    /// "глава города Липецка Сергей Иванов": the position, then the name.
    case titled
  }

  let model: ReportModel
  let person: Person
  var grammaticalCase: GrammaticalCase = .nominative
  var style: Style = .running

  static let typeName = "Person"
  static let fields: [String: FieldType] = [
    "name": .object("Person"), "full": .object("Person"), "initials": .object("Person"),
    "titled": .object("Person"),
    "first": .text, "last": .text, "middle": .text, "position": .object("Phrase"),
    "organization": .object("Organization"), "side": .text, "is_head": .flag,
    "has_name": .flag, "gender": .text,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "name": return restyled(.running)
    case "full": return restyled(.list)
    case "initials": return restyled(.initials)
    case "titled": return restyled(.titled)
    case "first": return person.name?.value.first
    case "last": return person.name?.value.last
    case "middle": return person.name?.value.middle
    case "position": return position
    case "organization": return model.organization(person.organization?.value)
    case "side": return person.side?.value.rawValue
    case "is_head": return person.id.value == model.visit.info.delegation?.head?.value
    case "has_name": return person.name != nil
    case "gender": return person.effectiveGender?.rawValue
    default: return nil
    }
  }

  /// The position in the document's language: as written, or its twin
  /// (`position-en` in a Russian visit) in a document in the other language.
  var position: PhraseValue? {
    if let twin = twinPosition { return twin }
    return person.position.map {
      PhraseValue(
        text: $0.value, kind: .position, forms: person.positionForms, language: model.language)
    }
  }

  /// The position beside a name: shown only in the language it is written
  /// in ("Helen Moore (Mayor of Eastbridge)"; "главе города Липецка Сергею
  /// Иванову").
  private var titlePosition: PhraseValue? {
    model.language == model.visit.info.effectiveLanguage ? position : twinPosition
  }

  private var twinPosition: PhraseValue? {
    guard model.language != model.visit.info.effectiveLanguage,
      let twin = person.twins["position"]
    else { return nil }
    return PhraseValue(text: twin.value, kind: .position, language: model.language)
  }

  func restyled(_ style: Style) -> PersonValue {
    var copy = self
    copy.style = style
    return copy
  }

  func inflected(_ grammaticalCase: GrammaticalCase) -> PersonValue {
    var copy = self
    copy.grammaticalCase = grammaticalCase
    return copy
  }

  var description: String {
    // The full title once; then the short name ("Г. А. Рапота").
    if style == .titled, person.name != nil, !model.isFirstMention(of: person.id.value) {
      return restyled(.initials).description
    }
    let key = ReportModel.PersonTextKey(
      person: person.id.value, grammaticalCase: grammaticalCase, style: style)
    // The first definition of an id is the one the model looks up.
    guard model.people[person.id.value]?.id.location == person.id.location else {
      return text
    }
    return model.personTexts.value(for: key) { text }
  }

  private var text: String {
    guard let name = person.name?.value else {
      return position?.inflected(grammaticalCase).description ?? person.id.value.rawValue
    }
    if model.language == .english {
      return englishDescription(name)
    }
    let declined = RussianInflector.inflect(
      name, gender: person.effectiveGender, to: grammaticalCase, forms: person.forms
    ).name
    let running = [declined.first, declined.middle, declined.last].compactMap { $0 }
      .joined(separator: " ")
    switch style {
    case .running:
      return running
    case .titled:
      guard let position = titlePosition?.inflected(grammaticalCase) else { return running }
      return "\(position) \(running)"
    case .list:
      return declined.listForm
    case .initials:
      let initials = [name.first, name.middle].compactMap { $0?.first.map { "\($0)." } }
      return (initials + [declined.last]).joined(separator: " ")
    }
  }

  /// "Sir Michael Hardie Boys" from `name-en`: English documents write a
  /// name as its bearer does — given name first, honorific kept, no
  /// initials made from its words (programmes.md, "English, properly"). A
  /// person with no `name-en` keeps the Russian name: in running order, or
  /// as initials and surname where the style asks for them.
  private func englishDescription(_ name: PersonName) -> String {
    if let english = person.englishName?.value {
      switch style {
      case .titled: return titlePosition.map { "\(english) (\($0))" } ?? english
      case .running, .list, .initials: return english
      }
    }
    let running = [name.first, name.middle, name.last].compactMap { $0 }.joined(separator: " ")
    switch style {
    case .running: return running
    case .titled: return titlePosition.map { "\(running) (\($0))" } ?? running
    case .list: return name.listForm
    case .initials:
      let initials = [name.first, name.middle].compactMap { $0?.first.map { "\($0)." } }
      return (initials + [name.last]).joined(separator: " ")
    }
  }

  var agreementGender: GrammaticalGender? {
    if person.name == nil { return position?.agreementGender }
    return person.effectiveGender.map { $0 == .male ? .masculine : .feminine }
  }

  var locative: String {
    model.language == .russian ? "в \(inflected(.prepositional))" : "in \(self)"
  }
}
