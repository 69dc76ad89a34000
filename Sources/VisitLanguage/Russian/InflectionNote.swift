public import VisitCore

/// What the declension rules could only guess, so that `visitplan inflect`
/// and the checker can say so and the writer can give exact `forms`.
public enum InflectionNote: Hashable, Sendable {
  /// The name's gender is unknown and its forms depend on it; left undeclined.
  case genderUnknown(String)
  /// The head noun of a title is not in the table of official nouns; it was
  /// declined by its ending.
  case headNounGuessed(String)
  /// A place name on -ь may be masculine (Ярославль) or feminine (Рязань).
  case placeGenderGuessed(String)
  /// A place name that may lose a vowel (Елец → Ельца) or be plural (Грязи).
  case placeFormGuessed(String)
  /// The text is not Russian (or not a name the rules know); left as written.
  case leftAsWritten(String)
  /// The form comes from the file's `forms`, not from the rules.
  case fromForms

  public func message(in language: Language) -> String { text.text(in: language) }

  /// What the note says, in both languages.
  public var text: LocalizedText {
    switch self {
    case .genderUnknown(let name):
      LocalizedText(
        english:
          "the gender of \(name) is unknown and its forms depend on it: left in the nominative; "
          + "give the gender (gender: male|female, or --gender)",
        russian:
          "пол («\(name)») не указан, а формы от него зависят: оставлено в именительном падеже; "
          + "укажите пол (gender: male|female или --gender)")
    case .headNounGuessed(let word):
      LocalizedText(
        english: "\"\(word)\" is not in the table of official nouns: declined by its ending; "
          + "check the form, or give exact forms in the file",
        russian: "слова «\(word)» нет в таблице служебных существительных: склонено по окончанию; "
          + "проверьте форму или укажите формы в файле (forms)")
    case .placeGenderGuessed(let name):
      LocalizedText(
        english:
          "\(name) ends in -ь, which may be masculine or feminine: guessed; give exact forms if wrong",
        russian:
          "«\(name)» оканчивается на -ь и может быть мужского или женского рода: род угадан; "
          + "если неверно, укажите формы (forms)")
    case .placeFormGuessed(let name):
      LocalizedText(
        english:
          "\(name) may lose a vowel or be plural when declined: guessed; give exact forms if wrong",
        russian:
          "«\(name)» при склонении может терять гласную или быть множественным числом: форма угадана; "
          + "если неверно, укажите формы (forms)")
    case .leftAsWritten(let text):
      LocalizedText(
        english: "\(text) is left as written (not a Russian word the rules decline)",
        russian: "«\(text)» оставлено как написано (правила склонения к нему не применяются)")
    case .fromForms:
      LocalizedText(
        english: "taken from the file's forms",
        russian: "взято из форм, указанных в файле (forms)")
    }
  }
}
