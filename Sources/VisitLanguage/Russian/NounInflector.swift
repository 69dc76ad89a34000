import VisitCore

/// Common nouns in the singular, by their ending, with the lexicon's gender,
/// animacy, stress and exceptions.
enum NounInflector {
  struct Result {
    var paradigm: Paradigm?
    var isAnimate: Bool
    var isKnown: Bool
  }

  /// The paradigm of `word`; `animateByDefault` decides for nouns not in the
  /// lexicon (people's titles are animate, venues are not).
  static func paradigm(for word: String, animateByDefault: Bool) -> Result {
    let folded = RussianLetters.folded(word)
    if let entry = NounLexicon.entry(for: folded) {
      let paradigm =
        entry.paradigm
        ?? regularParadigm(
          folded, gender: entry.gender, isAnimate: entry.isAnimate,
          isEndingStressed: entry.isEndingStressed)
      return Result(paradigm: paradigm, isAnimate: entry.isAnimate, isKnown: true)
    }
    let gender = guessedGender(folded)
    return Result(
      paradigm: regularParadigm(
        folded, gender: gender, isAnimate: animateByDefault, isEndingStressed: false),
      isAnimate: animateByDefault, isKnown: false)
  }

  /// A noun's gender from its ending alone: -а/-я feminine, -о/-е neuter,
  /// -ость and -знь feminine, -и/-ы plural, other consonants masculine.
  static func guessedGender(_ folded: [Character]) -> GrammaticalGender {
    guard let last = folded.last else { return .masculine }
    let word = String(folded)
    switch last {
    case "а", "я": return .feminine
    case "о", "е": return .neuter
    case "и", "ы": return .plural
    case "ь": return word.hasSuffix("ость") || word.hasSuffix("знь") ? .feminine : .masculine
    default: return .masculine
    }
  }

  static func regularParadigm(
    _ folded: [Character], gender: GrammaticalGender, isAnimate: Bool, isEndingStressed: Bool
  ) -> Paradigm? {
    guard let last = folded.last else { return nil }
    let before = folded.count > 1 ? folded[folded.count - 2] : " "
    let hissing = RussianLetters.sibilants.contains(before) || before == "ц"
    if gender == .plural {
      return pluralParadigm(folded)
    }
    let masculine: Paradigm
    switch last {
    case "й":
      masculine = Paradigm(before == "и" ? "-я -ю -я -ем -и" : "-я -ю -я -ем -е")
    case "ь":
      if gender == .feminine { return Paradigm("-и -и . -ью -и") }
      masculine = Paradigm(isEndingStressed ? "-я -ю -я -ём -е" : "-я -ю -я -ем -е")
    case "а":
      let genitive =
        RussianLetters.velars.contains(before) || RussianLetters.sibilants.contains(before)
        ? "-и" : "-ы"
      let instrumental = hissing && !isEndingStressed ? "-ей" : "-ой"
      return Paradigm("\(genitive) -е -у \(instrumental) -е")
    case "я":
      if before == "и" { return Paradigm("-и -и -ю -ей -и") }
      return Paradigm(isEndingStressed ? "-и -е -ю -ёй -е" : "-и -е -ю -ей -е")
    case "о":
      return Paradigm("-а -у . -ом -е")
    case "е":
      if before == "и" { return Paradigm("-я -ю . -ем -и") }
      if before == "ь" { return Paradigm("-я -ю . -ем -е") }
      if hissing { return Paradigm("-а -у . -ем -е") }
      return .indeclinable
    default:
      guard RussianLetters.isConsonant(last) else { return .indeclinable }
      let lastIsHissing = RussianLetters.sibilants.contains(last) || last == "ц"
      let instrumental = lastIsHissing && !isEndingStressed ? "ем" : "ом"
      masculine = Paradigm("а у а \(instrumental) е")
    }
    return isAnimate ? masculine.withAccusativeAsGenitive : masculine.withAccusativeAsNominative
  }

  /// Plural nouns (Грязи, игрушки): dative, instrumental and prepositional
  /// are regular; the genitive is not, and stays as written (the caller
  /// notes it). The accusative is the nominative: such nouns are things.
  static func pluralParadigm(_ folded: [Character]) -> Paradigm? {
    guard let last = folded.last, last == "и" || last == "ы" else { return nil }
    let before = folded.count > 1 ? folded[folded.count - 2] : " "
    let hard =
      last == "ы" || RussianLetters.velars.contains(before)
      || RussianLetters.sibilants.contains(before) || before == "ц"
    let vowel = hard ? "а" : "я"
    return Paradigm(
      endings: [
        .same, Ending("-\(vowel)м"), .same, Ending("-\(vowel)ми"),
        Ending("-\(vowel)х"),
      ])
  }
}

/// Adjectives (and participles) by their own ending, which already carries
/// their gender; only the accusative of masculine and plural ones depends on
/// the noun being animate.
enum AdjectiveInflector {
  static func paradigm(for folded: [Character], isAnimate: Bool) -> Paradigm? {
    guard folded.count >= 3 else { return nil }
    let ending = String(folded.suffix(2))
    let before = folded[folded.count - 3]
    let velarOrHissing =
      RussianLetters.velars.contains(before) || RussianLetters.sibilants.contains(before)
    let masculine: Paradigm
    switch ending {
    case "ый":
      masculine = Paradigm("--ого --ому --ого --ым --ом")
    case "ой":
      masculine = Paradigm(
        velarOrHissing ? "--ого --ому --ого --им --ом" : "--ого --ому --ого --ым --ом")
    case "ий":
      masculine = Paradigm(
        RussianLetters.velars.contains(before)
          ? "--ого --ому --ого --им --ом" : "--его --ему --его --им --ем")
    case "ая":
      return Paradigm(
        RussianLetters.sibilants.contains(before)
          ? "--ей --ей --ую --ей --ей" : "--ой --ой --ую --ой --ой")
    case "яя":
      return Paradigm("--ей --ей --юю --ей --ей")
    case "ое":
      return Paradigm(velarOrHissing ? "--ого --ому . --им --ом" : "--ого --ому . --ым --ом")
    case "ее":
      return Paradigm("--его --ему . --им --ем")
    case "ые":
      let plural = Paradigm("--ых --ым --ых --ыми --ых")
      return isAnimate ? plural : plural.withAccusativeAsNominative
    case "ие":
      let plural = Paradigm("--их --им --их --ими --их")
      return isAnimate ? plural : plural.withAccusativeAsNominative
    default:
      return nil
    }
    return isAnimate ? masculine : masculine.withAccusativeAsNominative
  }

  /// Whether a word reads as an adjective: an adjectival ending, and not a
  /// noun of the lexicon (герой) or a noun in -ий/-ие (санаторий, управление).
  static func isAdjective(_ folded: [Character]) -> Bool {
    guard folded.count >= 4, NounLexicon.entry(for: folded) == nil else { return false }
    let ending = String(folded.suffix(2))
    let before = folded[folded.count - 3]
    let beforeThat = folded[folded.count - 4]
    switch ending {
    case "ый", "ая", "яя", "ое", "ее", "ые":
      return true
    case "ой":
      return folded.count >= 5
    case "ий", "ие":
      // Липецкий, общий, Нижний, ранние — but гений, Евгений, отделение.
      if RussianLetters.velars.contains(before) || RussianLetters.sibilants.contains(before) {
        return true
      }
      return before == "н" && RussianLetters.isConsonant(beforeThat)
    default:
      return false
    }
  }

  /// The gender an adjective's ending shows.
  static func gender(of folded: [Character]) -> GrammaticalGender {
    switch String(folded.suffix(2)) {
    case "ая", "яя": .feminine
    case "ое", "ее": .neuter
    case "ые", "ие": .plural
    default: .masculine
    }
  }

  /// Comparative adverbs that look like neuter adjectives (более эффективное)
  /// and stay as they are.
  static let adverbs: Set<String> = [
    "более", "менее", "наиболее", "наименее", "ранее", "далее", "позднее", "выше", "ниже",
    "очень", "особо",
  ]

  /// Adjectives that serve as the noun of a title (заведующий отделом,
  /// исполняющий обязанности); they are the head unless a listed noun follows.
  static let substantivized: Set<String> = [
    "заведующий", "заведующая", "управляющий", "управляющая", "исполняющий", "исполняющая",
    "уполномоченный", "уполномоченная", "командующий", "служащий", "служащая", "рабочий",
    "дежурный", "дежурная", "ответственный", "ответственная",
  ]
}
