public import VisitCore

/// Declines a person's name part by part: surname, first name and
/// patronymic, each by its own table and the person's gender.
public enum PersonNameInflector {
  /// The name in `grammaticalCase`, and what the rules could only guess.
  ///
  /// With no gender, a name whose surname declines differently for men and
  /// women (Шевчук: Шевчука or Шевчук) stays whole in the nominative: an
  /// undeclined name reads as officialese, a half-declined one as a mistake.
  public static func inflect(
    _ name: PersonName, gender: Gender?, to grammaticalCase: GrammaticalCase
  ) -> (name: PersonName, notes: [InflectionNote]) {
    guard grammaticalCase != .nominative else { return (name, []) }
    let gender = gender ?? GenderInference.gender(of: name)
    guard let gender else {
      let male = inflectParts(name, .male, grammaticalCase)
      let female = inflectParts(name, .female, grammaticalCase)
      if male == female {
        return (male, [])
      }
      return (name, [.genderUnknown(name.listForm)])
    }
    return (inflectParts(name, gender, grammaticalCase), [])
  }

  private static func inflectParts(
    _ name: PersonName, _ gender: Gender, _ grammaticalCase: GrammaticalCase
  ) -> PersonName {
    let surnames = gender == .male ? PersonNameTables.maleSurnames : PersonNameTables.femaleSurnames
    let firstNames =
      gender == .male ? PersonNameTables.maleFirstNames : PersonNameTables.femaleFirstNames
    let patronymics =
      gender == .male ? PersonNameTables.malePatronymics : PersonNameTables.femalePatronymics
    return PersonName(
      last: inflectSurname(name.last, surnames, grammaticalCase),
      first: name.first.map { inflectWords($0, firstNames, grammaticalCase) },
      middle: name.middle.map { inflectPatronymic($0, patronymics, grammaticalCase) })
  }

  /// A double surname declines part by part, except a first part that is
  /// not a surname on its own (Бонч-Бруевич); a surname of several words
  /// (mapping form) declines its last word.
  static func inflectSurname(
    _ surname: String, _ table: DeclensionTable, _ grammaticalCase: GrammaticalCase
  ) -> String {
    let words = surname.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let lastWord = words.last else { return surname }
    let parts = lastWord.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let declined = parts.enumerated().map { index, part -> String in
      if index == 0, parts.count > 1,
        PersonNameTables.frozenFirstParts.contains(String(RussianLetters.folded(part)))
      {
        return part
      }
      return inflectWord(part, table, grammaticalCase)
    }
    return (words.dropLast() + [declined.joined(separator: "-")]).joined(separator: " ")
  }

  static func inflectWords(
    _ text: String, _ table: DeclensionTable, _ grammaticalCase: GrammaticalCase
  ) -> String {
    text.split(separator: "-", omittingEmptySubsequences: false)
      .map { inflectWord(String($0), table, grammaticalCase) }
      .joined(separator: "-")
  }

  /// "Гейдар оглы" and other two-word patronymics stay as written.
  static func inflectPatronymic(
    _ patronymic: String, _ table: DeclensionTable, _ grammaticalCase: GrammaticalCase
  ) -> String {
    guard !patronymic.contains(" ") else { return patronymic }
    return inflectWord(patronymic, table, grammaticalCase)
  }

  static func inflectWord(
    _ word: String, _ table: DeclensionTable, _ grammaticalCase: GrammaticalCase
  ) -> String {
    guard RussianLetters.isRussianWord(word), let paradigm = table.paradigm(for: word) else {
      return word
    }
    return paradigm.form(of: word, in: grammaticalCase)
  }
}
