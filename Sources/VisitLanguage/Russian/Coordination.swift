/// Phrases joined by "и" that are two subjects, not one name: "Губернатор
/// Оренбургской области и сопровождающие лица". A name whose "и" joins
/// words inside it ("ветеранов войны и труда", "по науке и образованию")
/// is one phrase: what follows its "и" is not in the nominative.
enum Coordination {
  /// The coordinated parts, or the whole text as one part.
  static func parts(of text: String) -> [String] {
    guard TextSearch.contains(text, " и ") else { return [text] }
    var parts: [String] = []
    var current: [Substring] = []
    var depth = 0
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    var index = 0
    while index < words.count {
      let word = words[index]
      for character in word {
        if character == "«" || character == "(" || character == "„" { depth += 1 }
        if character == "»" || character == ")" || character == "“" { depth = max(0, depth - 1) }
      }
      if word == "и", depth == 0, !current.isEmpty, index + 1 < words.count,
        startsSubject(Array(words[(index + 1)...]))
      {
        parts.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(word)
      }
      index += 1
    }
    parts.append(current.joined(separator: " "))
    return parts.count > 1 && parts.allSatisfy({ !$0.isEmpty }) ? parts : [text]
  }

  /// Whether the words after "и" start a phrase of their own in the
  /// nominative: a known noun as written in the lexicon (a nominative
  /// singular), a nominative adjective before a noun, or a plural head.
  private static func startsSubject(_ words: [Substring]) -> Bool {
    // A quoted name after "и" («Сельский дом» и «Свой дом») belongs to
    // the same phrase.
    guard let first = words.first, first.first?.isLetter == true else { return false }
    let folded = RussianLetters.folded(String(first))
    guard folded.count > 2 else { return false }
    if NounLexicon.entry(for: folded) != nil { return true }
    let ending = String(folded.suffix(2))
    if ["ые", "ие", "ый", "ий", "ая", "яя", "ое", "ее", "ой"].contains(ending),
      AdjectiveInflector.isAdjective(folded), words.count > 1
    {
      return true
    }
    return false
  }
}
