public import VisitCore

/// Place names: towns on a hard consonant as inanimate nouns (Стаханов →
/// Стахановом, not the surname's Стахановым), towns on -а, adjective + noun
/// names (Липецкая область), names on -ово/-ино kept as written (в селе
/// Измалково), quoted names and abbreviations unchanged.
public enum PlaceNameInflector {
  public static func inflect(_ name: String, to grammaticalCase: GrammaticalCase)
    -> (text: String, notes: [InflectionNote])
  {
    guard grammaticalCase != .nominative else { return (name, []) }
    if name.contains(" ") {
      return PhraseInflector.inflect(name, role: .place, to: grammaticalCase)
    }
    let word = Word(Substring(name))
    guard word.isDeclinable else { return (name, []) }
    let parts = word.core.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    // Ростов-на-Дону: only the part before the preposition declines.
    let prepositions: Set<String> = ["на", "над", "под", "у", "в", "при"]
    if parts.count > 2, prepositions.contains(parts[1].lowercased()) {
      let first = inflectSingleName(parts[0], to: grammaticalCase)
      let rest = parts.dropFirst().joined(separator: "-")
      return (word.leading + first.text + "-" + rest + word.trailing, first.notes)
    }
    var notes: [InflectionNote] = []
    let declined = parts.map { part -> String in
      let folded = RussianLetters.folded(part)
      if AdjectiveInflector.isAdjective(folded) {
        return PhraseInflector.inflectAdjective(part, isAnimate: false, grammaticalCase)
      }
      let result = inflectSingleName(part, to: grammaticalCase)
      notes += result.notes
      return result.text
    }
    return (word.leading + declined.joined(separator: "-") + word.trailing, notes)
  }

  /// One word that names a town or a village.
  static func inflectSingleName(_ name: String, to grammaticalCase: GrammaticalCase)
    -> (text: String, notes: [InflectionNote])
  {
    let folded = RussianLetters.folded(name)
    guard RussianLetters.isRussianWord(name), let last = folded.last else { return (name, []) }
    let word = String(folded)
    var notes: [InflectionNote] = []
    let paradigm: Paradigm
    if AdjectiveInflector.isAdjective(folded),
      let adjective = AdjectiveInflector.paradigm(for: folded, isAnimate: false)
    {
      paradigm = adjective  // Бологое → Бологого
    } else if last == "о" {
      // -ово/-ино as used with a generic word (в селе Измалково); Осло, Дно.
      paradigm = .indeclinable
    } else if last == "ь" {
      let masculine =
        word.hasSuffix("поль") || (folded.count > 2 && folded[folded.count - 2] == "л")
      notes.append(.placeGenderGuessed(name))
      paradigm =
        NounInflector.regularParadigm(
          folded, gender: masculine ? .masculine : .feminine, isAnimate: false,
          isEndingStressed: false) ?? .indeclinable
    } else if last == "и" || last == "ы" {
      // Сочи stays; Грязи, Химки are plural — the rules cannot tell.
      notes.append(.placeFormGuessed(name))
      paradigm = .indeclinable
    } else {
      if word.hasSuffix("ец") || word.hasSuffix("ел") || word.hasSuffix("ок") {
        notes.append(.placeFormGuessed(name))  // Елец → Ельца, Орёл → Орла
      }
      paradigm =
        NounInflector.regularParadigm(
          folded, gender: NounInflector.guessedGender(folded), isAnimate: false,
          isEndingStressed: false) ?? .indeclinable
    }
    return (paradigm.form(of: name, in: grammaticalCase), notes)
  }

  /// "город Липецк" → "города Липецка"; "село Измалково" → "селе Измалково".
  /// The name agrees with the generic word in apposition unless it does not
  /// decline (-ово, quotes) — the norm for official texts.
  public static func inflect(
    _ name: String, genericWord: String, to grammaticalCase: GrammaticalCase
  ) -> (text: String, notes: [InflectionNote]) {
    let generic = PhraseInflector.inflect(genericWord, role: .thing, to: grammaticalCase)
    let place = inflect(name, to: grammaticalCase)
    return ("\(generic.text) \(place.text)", place.notes)
  }
}
