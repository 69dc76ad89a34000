/// English clauses a report builds around a programme line.
public enum EnglishClause {
  /// "Press conference" → "A press conference was held"; "Talks with …" →
  /// "Talks with … were held"; "State luncheon, with …" → "A state luncheon,
  /// with …, was held"; "Visit to …" → "A visit to … was made". Any other
  /// line (a title left in Russian, a sentence of its own) "took place".
  public static func held(_ title: String) -> String {
    let words = title.split(separator: " ", maxSplits: 2).map { String($0) }
    guard let first = words.first?.lowercased() else { return title }
    let second = words.count > 1 ? words[1].lowercased() : ""
    let head = nouns.contains(first) ? first : (modifiers.contains(first) ? second : "")
    let headWord = head.trimmingCharacters(in: ",")
    guard nouns.contains(headWord) else { return title + " took place" }
    let lowered = lowercasingFirst(title)
    if plurals.contains(headWord) { return capitalizingFirst(lowered) + " were held" }
    // "The signing of the charter": a noun with "of" after it is definite.
    let definite = lowered.contains(headWord + " of ")
    let article = definite ? "The" : ("aeiou".contains(lowered.first ?? "x") ? "An" : "A")
    let clause = lowered.contains(",") ? "\(article) \(lowered)," : "\(article) \(lowered)"
    return clause + (made.contains(headWord) ? " was made" : " was held")
  }

  /// Nouns that name an institution by what it is ("Government of New
  /// Zealand", "Ministry of Foreign Affairs"): English puts "the" before
  /// them, unlike before a proper name.
  public static let institutions: Set<String> = [
    "Government", "Ministry", "Department", "Office", "Embassy", "Consulate", "Council",
    "Parliament", "Administration", "Mayor", "Governor", "University", "Museum", "Chamber",
    "Committee", "Commission", "Federation", "Republic", "Kingdom", "Assembly", "Association",
    "Union", "Institute", "Academy", "Court", "Bank", "Agency", "Board", "City",
  ]

  /// Occasions one makes rather than holds.
  static let made: Set<String> = ["visit", "tour"]

  static let nouns: Set<String> = [
    "meeting", "press", "conference", "luncheon", "lunch", "dinner", "breakfast", "reception",
    "ceremony", "briefing", "visit", "tour", "talks", "concert", "presentation", "signing",
    "wreath-laying", "dialogue", "forum", "round", "session", "banquet",
  ]
  static let modifiers: Set<String> = [
    "state", "official", "joint", "working", "bilateral", "private", "welcome", "farewell",
    "courtesy", "gala",
  ]
  static let plurals: Set<String> = ["talks"]

  static func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // "NZ Post …" stays; "Meeting …" becomes "meeting …".
    let second = text.dropFirst().first
    guard second.map({ $0.isLowercase }) ?? true else { return text }
    return first.lowercased() + text.dropFirst()
  }

  static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var result = Substring(self)
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return String(result)
  }
}
