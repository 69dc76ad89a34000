import VisitCore

/// How one case form is made from the nominative: drop some final letters,
/// then append an ending. Written as in the rule tables: `--ого` drops two
/// letters and appends "ого"; `.` leaves the word as it is.
struct Ending: Hashable, Sendable {
  var drop: Int
  var suffix: String

  static let same = Ending(drop: 0, suffix: "")

  init(drop: Int, suffix: String) {
    self.drop = drop
    self.suffix = suffix
  }

  init(_ notation: some StringProtocol) {
    if notation == "." {
      self = .same
      return
    }
    let dashes = notation.prefix(while: { $0 == "-" }).count
    self.init(drop: dashes, suffix: String(notation.dropFirst(dashes)))
  }

  func applied(to word: String) -> String {
    guard self != .same else { return word }
    let kept = word.dropLast(min(drop, word.count))
    return kept + (RussianLetters.isAllCapitals(word) ? suffix.uppercased() : suffix)
  }
}

/// The five oblique forms of a class of words, in the order of the rule
/// tables: genitive, dative, accusative, instrumental, prepositional. The
/// nominative is the word itself.
struct Paradigm: Hashable, Sendable {
  let endings: [Ending]

  /// "--ого --ому --ого --им --ом"; a lone "." is indeclinable.
  init(_ notation: String) {
    let parts = notation.split(separator: " ")
    if parts.count == 1 && parts[0] == "." {
      endings = Array(repeating: .same, count: 5)
    } else {
      precondition(parts.count == 5, "a paradigm has five oblique endings: \(notation)")
      endings = parts.map(Ending.init)
    }
  }

  init(endings: [Ending]) {
    precondition(endings.count == 5)
    self.endings = endings
  }

  static let indeclinable = Paradigm(".")

  var isIndeclinable: Bool { endings.allSatisfy { $0 == .same } }

  func ending(for grammaticalCase: GrammaticalCase) -> Ending {
    switch grammaticalCase {
    case .nominative: .same
    case .genitive: endings[0]
    case .dative: endings[1]
    case .accusative: endings[2]
    case .instrumental: endings[3]
    case .prepositional: endings[4]
    }
  }

  func form(of word: String, in grammaticalCase: GrammaticalCase) -> String {
    ending(for: grammaticalCase).applied(to: word)
  }

  /// The same paradigm with the accusative equal to the nominative: inanimate
  /// masculine nouns and their adjectives (вижу город, but вижу главу).
  var withAccusativeAsNominative: Paradigm {
    var endings = endings
    endings[2] = .same
    return Paradigm(endings: endings)
  }

  /// The same paradigm with the accusative equal to the genitive: animate
  /// masculine nouns (вижу заместителя).
  var withAccusativeAsGenitive: Paradigm {
    var endings = endings
    endings[2] = endings[0]
    return Paradigm(endings: endings)
  }
}

/// The end of a word that a rule applies to. Letters stand for themselves;
/// `V` is any vowel, `C` any consonant, `S` a sibilant (ж ш ч щ), `G` a velar
/// (г к х).
struct EndingPattern: Hashable, Sendable {
  private let elements: [Character]

  init(_ notation: String) {
    elements = Array(notation)
  }

  func matches(_ folded: [Character]) -> Bool {
    guard folded.count >= elements.count else { return false }
    for (element, letter) in zip(elements.reversed(), folded.reversed()) {
      let fits: Bool
      switch element {
      case "V": fits = RussianLetters.isVowel(letter)
      case "C": fits = RussianLetters.isConsonant(letter)
      case "S": fits = RussianLetters.sibilants.contains(letter)
      case "G": fits = RussianLetters.velars.contains(letter)
      default: fits = element == letter
      }
      if !fits { return false }
    }
    return true
  }
}

/// One line of a rule table: words ending so decline so.
struct DeclensionRule: Sendable {
  let pattern: EndingPattern
  let paradigm: Paradigm
  /// Short words the line must not take (3-letter Цой is not Толстой).
  let minimumLength: Int
  /// One-syllable Швец keeps its е; Гришковец loses it.
  let minimumSyllables: Int

  init(_ pattern: String, _ paradigm: String, minimumLength: Int = 0, minimumSyllables: Int = 0) {
    self.pattern = EndingPattern(pattern)
    self.paradigm = Paradigm(paradigm)
    self.minimumLength = minimumLength
    self.minimumSyllables = minimumSyllables
  }

  func applies(to folded: [Character]) -> Bool {
    folded.count >= minimumLength && pattern.matches(folded)
      && RussianLetters.syllableCount(folded) >= minimumSyllables
  }
}

/// An ordered rule table: the first line that fits wins, so the specific
/// lines come first.
struct DeclensionTable: Sendable {
  let rules: [DeclensionRule]
  /// Whole words with their own paradigms, checked before the rules (Лев → Льва).
  let exceptions: [String: Paradigm]

  init(exceptions: [String: Paradigm] = [:], _ rules: [DeclensionRule]) {
    self.rules = rules
    self.exceptions = exceptions
  }

  func paradigm(for word: String) -> Paradigm? {
    let folded = RussianLetters.folded(word)
    if let exception = exceptions[String(folded)] { return exception }
    return rules.first(where: { $0.applies(to: folded) })?.paradigm
  }
}
