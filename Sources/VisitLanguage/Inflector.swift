public import VisitCore

/// What a text is, which decides how it declines.
public enum InflectionKind: String, Hashable, Sendable, CaseIterable {
  /// "Жевлаков Сергей": surname, first name, patronymic, by gender.
  case person
  /// "глава Администрации города Стаханова": a title of a person.
  case position
  /// "Администрация города Стаханова", a venue, an agreement, a gift.
  case organization
  /// "Липецк", "Липецкая область".
  case place
}

/// A declined text and what the rules could only guess.
public struct Inflection: Hashable, Sendable {
  public var text: String
  public var notes: [InflectionNote]

  public init(text: String, notes: [InflectionNote] = []) {
    self.text = text
    self.notes = notes
  }
}

/// The Russian declension engine, as templates and `visitplan inflect` use it.
/// Exact forms from the file always win over the rules.
public enum RussianInflector {
  private static let inflections = Memo<InflectionKey, Inflection>()
  private static let genders = Memo<InflectionKey, GrammaticalGender?>()

  /// - Parameter number: whether a title or an organization's name is
  ///   singular or plural; nil reads it from the words ("сопровождающие
  ///   лица" is plural), and a value settles an ambiguous one.
  public static func inflect(
    _ text: String, as kind: InflectionKind, to grammaticalCase: GrammaticalCase,
    gender: Gender? = nil, forms: GrammaticalForms = GrammaticalForms(),
    number: GrammaticalNumber? = nil
  ) -> Inflection {
    if let exact = forms[grammaticalCase] { return Inflection(text: exact, notes: [.fromForms]) }
    // A title or a position in the nominative is the text as written (the
    // phrase rules return it untouched, part by part): no memo lookup, which
    // every title printed in a programme would otherwise pay.
    if grammaticalCase == .nominative && (kind == .organization || kind == .position) {
      return Inflection(text: text)
    }
    let key = InflectionKey(
      text: text, kind: kind, grammaticalCase: grammaticalCase, gender: gender, number: number)
    return inflections.value(for: key) {
      workedOut(text, as: kind, to: grammaticalCase, gender: gender, number: number)
    }
  }

  private static func workedOut(
    _ text: String, as kind: InflectionKind, to grammaticalCase: GrammaticalCase, gender: Gender?,
    number: GrammaticalNumber?
  ) -> Inflection {
    switch kind {
    case .person:
      guard let name = PersonName(parsing: text) else { return Inflection(text: text) }
      let result = PersonNameInflector.inflect(name, gender: gender, to: grammaticalCase)
      return Inflection(text: result.name.listForm, notes: result.notes)
    case .position:
      let result = PhraseInflector.inflect(
        text, role: .title, to: grammaticalCase, number: number)
      return Inflection(text: result.text, notes: result.notes)
    case .organization:
      // Coordinated phrases decline part by part: "Губернатора … и
      // сопровождающих лиц".
      let parts = Coordination.parts(of: text)
      if parts.count > 1 {
        let declined = parts.map {
          PhraseInflector.inflect($0, role: .thing, to: grammaticalCase, number: nil)
        }
        return Inflection(
          text: declined.map(\.text).joined(separator: " и "),
          notes: declined.flatMap(\.notes))
      }
      let result = PhraseInflector.inflect(
        text, role: .thing, to: grammaticalCase, number: number)
      return Inflection(text: result.text, notes: result.notes)
    case .place:
      let result = PlaceNameInflector.inflect(text, to: grammaticalCase)
      return Inflection(text: result.text, notes: result.notes)
    }
  }

  /// A word in Russian letters (a hyphen allowed).
  public static func isRussianWord(_ word: String) -> Bool {
    RussianLetters.isRussianWord(word)
  }

  /// The gender words agreeing with the text take: a person's by their
  /// gender, a phrase's by its head noun ("встреча" → feminine).
  public static func gender(of text: String, as kind: InflectionKind, personGender: Gender? = nil)
    -> GrammaticalGender?
  {
    let key = InflectionKey(
      text: text, kind: kind, grammaticalCase: nil, gender: personGender)
    return genders.value(for: key) {
      workedOutGender(of: text, as: kind, personGender: personGender)
    }
  }

  private static func workedOutGender(
    of text: String, as kind: InflectionKind, personGender: Gender?
  ) -> GrammaticalGender? {
    switch kind {
    case .person:
      let gender = personGender ?? PersonName(parsing: text).flatMap(GenderInference.gender(of:))
      return gender.map { $0 == .male ? .masculine : .feminine }
    case .place where !text.contains(" "):
      let folded = RussianLetters.folded(text)
      return NounInflector.guessedGender(folded)
    case .position, .organization, .place:
      // "Губернатор … и сопровождающие лица": two subjects agree in the plural.
      if Coordination.parts(of: text).count > 1 { return .plural }
      return PhraseInflector.head(of: text)?.gender
    }
  }

  /// The text after "в", "во" or "на" in the prepositional case: "в школьном
  /// музее", "на улице Ульяны Громовой", "во Владимире".
  public static func locative(
    _ text: String, as kind: InflectionKind, forms: GrammaticalForms = GrammaticalForms()
  ) -> String {
    let declined = inflect(text, as: kind, to: .prepositional, forms: forms).text
    return "\(preposition(for: text, declined: declined)) \(declined)"
  }

  public static func preposition(for text: String, declined: String) -> String {
    if PhraseInflector.head(of: text)?.takesNa == true { return "на" }
    let letters = RussianLetters.folded(declined.prefix(3))
    // во Владимире, во Франции, во дворце: в/ф before a consonant.
    if letters.count >= 2, letters[0] == "в" || letters[0] == "ф",
      RussianLetters.isConsonant(letters[1])
    {
      return "во"
    }
    return "в"
  }

  /// A person's name in a case, as its parts, with the file's `forms` (written
  /// in list order, "Жевлаковым Сергеем") splitting into the same parts.
  public static func inflect(
    _ name: PersonName, gender: Gender?, to grammaticalCase: GrammaticalCase,
    forms: GrammaticalForms = GrammaticalForms()
  ) -> (name: PersonName, notes: [InflectionNote]) {
    if let exact = forms[grammaticalCase], let parts = name.splitting(exact) {
      return (parts, [.fromForms])
    }
    return PersonNameInflector.inflect(name, gender: gender, to: grammaticalCase)
  }
}

extension PersonName {
  /// Splits a form written like the name ("Жевлаковым Сергеем") into the
  /// same parts; nil when the number of words differs.
  func splitting(_ form: String) -> PersonName? {
    let words = form.split(separator: " ").map(String.init)
    let lastCount = last.split(separator: " ").count
    let firstCount = first?.split(separator: " ").count ?? 0
    let middleCount = middle?.split(separator: " ").count ?? 0
    guard words.count == lastCount + firstCount + middleCount else { return nil }
    let join = { (range: Range<Int>) in words[range].joined(separator: " ") }
    return PersonName(
      last: join(0..<lastCount),
      first: first == nil ? nil : join(lastCount..<lastCount + firstCount),
      middle: middle == nil ? nil : join(lastCount + firstCount..<words.count))
  }
}
