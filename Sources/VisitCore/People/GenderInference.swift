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
    let lowered = surname.lowercased()
    let part = lowered.split(separator: "-").last.map(String.init) ?? lowered
    let female = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"]
    let male = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "цкой"]
    if female.contains(where: { part.hasSuffix($0) }) { return .female }
    if male.contains(where: { part.hasSuffix($0) }) { return .male }
    return nil
  }
}
