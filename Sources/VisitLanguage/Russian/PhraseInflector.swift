import VisitCore

/// Titles, organizations, venues and things: the leading adjectives and the
/// first noun decline, the rest — a genitive tail, a name in quotes, a
/// number — stays: "глава Администрации города Стаханова" → "главой
/// Администрации города Стаханова"; "Липецкое региональное отделение …" →
/// "Липецкого регионального отделения …".
enum PhraseInflector {
  /// What the phrase names, which decides animacy and unknown nouns.
  enum Role {
    /// A person's title: its nouns are animate (назначить заместителя).
    case title
    /// An organization, a venue, an agreement, a gift.
    case thing
    /// A place name: an unknown noun is a proper name (Нижний Новгород).
    case place
  }

  static func inflect(
    _ text: String, role: Role, to grammaticalCase: GrammaticalCase,
    number: GrammaticalNumber? = nil
  ) -> (text: String, notes: [InflectionNote]) {
    guard grammaticalCase != .nominative else { return (text, []) }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(Word.init)
    var adjectives: [Int] = []
    var head: Int?
    var headIsAdjective = false
    scan: for index in words.indices {
      let word = words[index]
      guard word.isDeclinable else { break }
      let folded = RussianLetters.folded(word.core)
      if AdjectiveInflector.adverbs.contains(String(folded)) { continue }
      if AdjectiveInflector.isAdjective(folded) {
        let isSubstantive = AdjectiveInflector.substantivized.contains(String(folded))
        if isSubstantive && !(index + 1 < words.count && words[index + 1].isNounOrAdjective) {
          head = index
          headIsAdjective = true
          break scan
        }
        adjectives.append(index)
        if !word.trailing.isEmpty { break scan }
        continue
      }
      head = index
      break scan
    }

    var notes: [InflectionNote] = []
    var isAnimate = role == .title
    // A plural head: "сопровождающие лица" → "сопровождающих лиц".
    if let head, !headIsAdjective, number != .singular,
      number == .plural
        || PluralInflector.isPlural(
          adjectives: adjectives.map { RussianLetters.folded(words[$0].core) },
          head: RussianLetters.folded(words[head].core)),
      let noun = PluralInflector.noun(words[head].core, animate: isAnimate, grammaticalCase)
    {
      // The noun's animacy decides the adjectives' accusative too.
      let nominative = words[head].core
      let animate =
        PluralInflector.noun(nominative, animate: isAnimate, .accusative) != nominative
      words[head].core = noun
      for index in adjectives {
        if let adjective = PluralInflector.adjective(
          words[index].core, animate: animate, grammaticalCase)
        {
          words[index].core = adjective
        }
      }
      return (words.map(\.text).joined(separator: " "), notes)
    }
    if let head, !headIsAdjective {
      let result = inflectNoun(words[head].core, role: role, to: grammaticalCase)
      words[head].core = result.text
      isAnimate = result.isAnimate
      notes += result.notes
    }
    let adjectiveIndexes = adjectives + (headIsAdjective ? [head].compactMap { $0 } : [])
    for index in adjectiveIndexes {
      words[index].core = inflectAdjective(words[index].core, isAnimate: isAnimate, grammaticalCase)
    }
    return (words.map(\.text).joined(separator: " "), notes)
  }

  /// The noun a phrase is about, for agreement (встреча состоялась,
  /// посещение состоялось) and prepositions (на улице); nil when the phrase
  /// starts with something that does not decline.
  static func head(of text: String) -> (word: String, gender: GrammaticalGender, takesNa: Bool)? {
    var adjectives: [[Character]] = []
    for raw in text.split(separator: " ") {
      let word = Word(raw)
      guard word.isDeclinable else { return nil }
      let folded = RussianLetters.folded(word.core)
      if AdjectiveInflector.adverbs.contains(String(folded)) { continue }
      if AdjectiveInflector.isAdjective(folded) {
        if AdjectiveInflector.substantivized.contains(String(folded)) {
          return (word.core, AdjectiveInflector.gender(of: folded), false)
        }
        adjectives.append(folded)
        continue
      }
      let last = word.core.split(separator: "-").last.map(String.init) ?? word.core
      let lastFolded = RussianLetters.folded(last)
      // "сопровождающие лица" agree in the plural.
      if PluralInflector.isPlural(adjectives: adjectives, head: lastFolded) {
        return (word.core, .plural, NounLexicon.entry(for: lastFolded)?.takesNa ?? false)
      }
      if let entry = NounLexicon.entry(for: lastFolded) {
        return (word.core, entry.gender, entry.takesNa)
      }
      return (word.core, NounInflector.guessedGender(lastFolded), false)
    }
    // Only adjectives: a substantivized one (набережная, заведующий).
    if let lastWord = text.split(separator: " ").last {
      let folded = RussianLetters.folded(Word(lastWord).core)
      if AdjectiveInflector.isAdjective(folded) {
        return (String(lastWord), AdjectiveInflector.gender(of: folded), false)
      }
    }
    return nil
  }

  /// A noun, hyphenated or not: the last part always declines, an earlier
  /// part only when it is a noun of its own (дом-музей → дома-музея, but
  /// вице-губернатор → вице-губернатора).
  static func inflectNoun(_ noun: String, role: Role, to grammaticalCase: GrammaticalCase)
    -> (text: String, isAnimate: Bool, notes: [InflectionNote])
  {
    let parts = noun.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    var notes: [InflectionNote] = []
    var isAnimate = role == .title
    let declined = parts.enumerated().map { index, part -> String in
      let isLast = index == parts.count - 1
      if !isLast && NounLexicon.entry(for: RussianLetters.folded(part)) == nil { return part }
      if role == .place && NounLexicon.entry(for: RussianLetters.folded(part)) == nil {
        let place = PlaceNameInflector.inflectSingleName(part, to: grammaticalCase)
        notes += place.notes
        return place.text
      }
      let result = NounInflector.paradigm(for: part, animateByDefault: role == .title)
      if isLast { isAnimate = result.isAnimate }
      if !result.isKnown && isLast {
        notes.append(.headNounGuessed(part))
      }
      guard let paradigm = result.paradigm else {
        notes.append(.leftAsWritten(part))
        return part
      }
      if grammaticalCase == .genitive,
        NounInflector.guessedGender(RussianLetters.folded(part))
          == .plural, !result.isKnown
      {
        notes.append(.leftAsWritten(part))
      }
      return paradigm.form(of: part, in: grammaticalCase)
    }
    return (declined.joined(separator: "-"), isAnimate, notes)
  }

  /// An adjective, hyphenated or not: only the last part declines
  /// (военно-промышленный → военно-промышленного).
  static func inflectAdjective(
    _ adjective: String, isAnimate: Bool, _ grammaticalCase: GrammaticalCase
  ) -> String {
    var parts = adjective.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let last = parts.last,
      let paradigm = AdjectiveInflector.paradigm(
        for: RussianLetters.folded(last), isAnimate: isAnimate)
    else { return adjective }
    parts[parts.count - 1] = paradigm.form(of: last, in: grammaticalCase)
    return parts.joined(separator: "-")
  }
}

/// A word of a phrase with the punctuation around it kept apart.
struct Word {
  var leading: String
  var core: String
  var trailing: String

  init(_ raw: Substring) {
    let punctuation: Set<Character> = [",", ";", ":", ".", ")", "!", "?"]
    let trailingCount = raw.reversed().prefix(while: { punctuation.contains($0) }).count
    let body = raw.dropLast(trailingCount)
    let leadingCount = body.prefix(while: { !$0.isLetter && !$0.isNumber }).count
    leading = String(body.prefix(leadingCount))
    core = String(body.dropFirst(leadingCount))
    trailing = String(raw.suffix(trailingCount))
  }

  var text: String { leading + core + trailing }

  /// Quotes, brackets, numbers, abbreviations (ООО, МБОУ) and words in
  /// other alphabets end the part of a phrase that declines.
  var isDeclinable: Bool {
    leading.isEmpty && core.count > 1 && RussianLetters.isRussianWord(core)
      && !RussianLetters.isAllCapitals(core.filter { $0 != "-" })
  }

  var isNounOrAdjective: Bool {
    let folded = RussianLetters.folded(core)
    return isDeclinable
      && (NounLexicon.entry(for: folded) != nil || AdjectiveInflector.isAdjective(folded))
  }
}
