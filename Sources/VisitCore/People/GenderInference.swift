/// Infers a Russian name's gender the way the format defines it: from the
/// patronymic, else from the surname's ending, never from the first name alone
/// (first names guess wrong a third of the time).
public enum GenderInference {
  public static func gender(of name: PersonName) -> Gender? {
    if let middle = name.middle, let gender = gender(ofPatronymic: middle) {
      return gender
    }
    return gender(ofSurname: name.last)
  }

  /// -ич / оглы → male; -на / кызы → female.
  public static func gender(ofPatronymic patronymic: String) -> Gender? {
    let lowered = patronymic.lowercased()
    let lastWord = lowered.split(separator: " ").last.map(String.init) ?? lowered
    if lastWord == "оглы" || lastWord == "улы" || lowered.hasSuffix("ич") { return .male }
    if lastWord == "кызы" || lastWord == "гызы" || lowered.hasSuffix("на") { return .female }
    return nil
  }

  /// -ов/-ев/-ёв/-ин/-ын/-ский/-цкий/-ской → male;
  /// -ова/-ева/-ёва/-ина/-ына/-ская/-цкая/-ая → female. For a hyphenated
  /// surname the last part decides.
  public static func gender(ofSurname surname: String) -> Gender? {
    // Endings are lower case in a surname written normally; only a surname
    // in capitals needs lower-casing first.
    if let gender = genderOfEnding(surname) { return gender }
    let lowered = surname.lowercased()
    return lowered == surname ? nil : genderOfEnding(lowered)
  }

  private static let femaleEndings = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"]
  private static let maleEndings = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "цкой"]

  /// By the ending of the last part of a (possibly hyphenated) surname.
  private static func genderOfEnding(_ surname: String) -> Gender? {
    if femaleEndings.contains(where: { surname.hasSuffix($0) }) { return .female }
    if maleEndings.contains(where: { surname.hasSuffix($0) }) { return .male }
    return nil
  }
}
