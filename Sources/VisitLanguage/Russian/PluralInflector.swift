import VisitCore

/// Phrases whose head noun is plural: "сопровождающие лица", "делегации
/// ветеранов", "территориальные управления" (issue 10, "Plural head
/// nouns"). Number is part of declension: the noun takes its plural
/// endings and the adjectives before it agree in the plural.
enum PluralInflector {
  /// Whether a phrase in the nominative is plural: an adjective before the
  /// head ends in "-ые"/"-ие", or the head itself ends as only a plural can
  /// ("делегации", "комбинаты").
  static func isPlural(adjectives: [[Character]], head: [Character]?) -> Bool {
    if adjectives.contains(where: { $0.count > 3 && ["ые", "ие"].contains(String($0.suffix(2))) }) {
      return true
    }
    guard let head, head.count > 3, NounLexicon.entry(for: head) == nil else { return false }
    let word = String(head)
    if word.hasSuffix("ии") { return true }
    guard let last = head.last, last == "ы" || last == "и" else { return false }
    let before = head[head.count - 2]
    return RussianLetters.isConsonant(before)
  }

  /// The noun's plural form in `grammaticalCase`, from its nominative plural;
  /// nil when its pattern is not one these rules know.
  static func noun(_ word: String, animate: Bool, _ grammaticalCase: GrammaticalCase) -> String? {
    let folded = RussianLetters.folded(word)
    guard folded.count > 2, let pattern = pattern(of: folded) else { return nil }
    // Work on the word as written, keeping its capital letter.
    let stem = String(word.dropLast(pattern.cut))
    let genitive = pattern.genitive(Array(stem))
    switch grammaticalCase {
    case .nominative: return word
    case .genitive: return genitive
    case .dative: return stem + (pattern.soft ? "ям" : "ам")
    case .accusative: return animate || pattern.animate ? genitive : word
    case .instrumental: return stem + (pattern.soft ? "ями" : "ами")
    case .prepositional: return stem + (pattern.soft ? "ях" : "ах")
    }
  }

  /// How a nominative plural declines: how many letters to cut for the
  /// stem the endings go on, how the genitive is made from that stem, and
  /// whether the endings are soft (-ям).
  private struct Pattern {
    let cut: Int
    let genitive: @Sendable ([Character]) -> String
    let soft: Bool
    /// The singular is an animate noun of the lexicon (члены → членов).
    var animate = false

    static func ending(_ ending: String, cut: Int, soft: Bool, animate: Bool) -> Pattern {
      Pattern(cut: cut, genitive: { String($0) + ending }, soft: soft, animate: animate)
    }
  }

  /// Whether some singular the plural may come from is an animate noun.
  private static func animate(_ candidates: [[Character]]) -> Bool {
    candidates.contains { NounLexicon.entry(for: $0)?.isAnimate == true }
  }

  /// The genitive plural with no ending, with the vowel Russian inserts
  /// between two final consonants before к: выставок, площадок, игрушек.
  private static func bare(_ stem: [Character]) -> String {
    guard stem.count > 2, stem.last == "к", RussianLetters.isConsonant(stem[stem.count - 2])
    else { return String(stem) }
    let vowel: Character = RussianLetters.sibilants.contains(stem[stem.count - 2]) ? "е" : "о"
    return String(stem.dropLast()) + String(vowel) + "к"
  }

  private static func pattern(of folded: [Character]) -> Pattern? {
    let word = String(folded)
    let before = folded[folded.count - 2]
    let stem = Array(folded.dropLast())
    func known(_ lemma: [Character]) -> NounLexicon.Entry? { NounLexicon.entry(for: lemma) }
    let alive = animate([
      stem, stem + ["а"], stem + ["я"], stem + ["ь"], stem + ["о"], stem + ["й"],
    ])
    // делегации → делегаций, управления → управлений (from -ия, -ие).
    if word.hasSuffix("ии") || word.hasSuffix("ия") {
      return .ending("й", cut: 1, soft: true, animate: alive)
    }
    // судьи → судей, судьям.
    if word.hasSuffix("ьи") {
      return Pattern(
        cut: 1, genitive: { String($0.dropLast()) + "ей" }, soft: true, animate: alive)
    }
    switch folded.last {
    case "ы", "и":
      // A vowel before: музеи, герои → музеев (from -й).
      if RussianLetters.isVowel(before) {
        return .ending("ев", cut: 1, soft: true, animate: alive)
      }
      // From -а: школы → школ, выставки → выставок, главы → глав.
      if known(stem + ["а"]) != nil {
        return Pattern(cut: 1, genitive: { bare($0) }, soft: false, animate: alive)
      }
      // From -я: деревни → деревням (the genitive keeps the -ь the rules know).
      if folded.last == "и", known(stem + ["я"]) != nil {
        return Pattern(
          cut: 1, genitive: { String($0) + "ь" }, soft: true, animate: alive)
      }
      // A soft stem: руководители → руководителей, площади → площадей.
      if folded.last == "и", known(stem + ["ь"]) != nil || word.hasSuffix("тели") {
        return .ending("ей", cut: 1, soft: true, animate: alive || word.hasSuffix("тели"))
      }
      if folded.last == "и", RussianLetters.sibilants.contains(before) {
        return .ending("ей", cut: 1, soft: false, animate: alive)
      }
      return .ending("ов", cut: 1, soft: false, animate: alive)
    case "а":
      guard RussianLetters.isConsonant(before) else { return nil }
      // From a masculine: города → городов, директора → директоров.
      if let entry = known(stem), entry.gender == .masculine {
        return .ending("ов", cut: 1, soft: false, animate: alive)
      }
      // A neuter in -о: лица → лиц.
      return Pattern(cut: 1, genitive: { bare($0) }, soft: false, animate: alive)
    case "я":
      // From a masculine in -й: края → краев.
      if known(stem + ["й"]) != nil || RussianLetters.isVowel(before) {
        return .ending("ев", cut: 1, soft: true, animate: alive)
      }
      return nil
    default:
      return nil
    }
  }

  /// An adjective's plural form from its nominative plural ("-ые", "-ие").
  static func adjective(_ word: String, animate: Bool, _ grammaticalCase: GrammaticalCase)
    -> String?
  {
    let folded = RussianLetters.folded(word)
    guard folded.count > 3 else { return nil }
    let ending = String(folded.suffix(2))
    guard ending == "ые" || ending == "ие" else { return nil }
    let vowel = ending == "ые" ? "ы" : "и"
    let stem = String(word.dropLast(2))
    switch grammaticalCase {
    case .nominative: return word
    case .genitive, .prepositional: return stem + vowel + "х"
    case .dative: return stem + vowel + "м"
    case .accusative: return animate ? stem + vowel + "х" : word
    case .instrumental: return stem + vowel + "ми"
    }
  }
}
