/// "Did you mean" suggestions for misspelt keys, ids and rule names.
public enum SpellingSuggestion {
  /// The candidate closest to `word`, if it is close enough to be a likely
  /// typo: an edit distance of at most 1 for short words, 2 up to 8
  /// characters, 3 beyond. Ties go to the first candidate in the order given.
  public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased())
    let limit = target.count <= 4 ? 1 : (target.count <= 8 ? 2 : 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let characters = Array(candidate.lowercased())
      guard abs(characters.count - target.count) <= limit else { continue }
      let distance = editDistance(target, characters, limit: limit)
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions
  /// and swaps of two neighbours (`partcipants`, `tilte`) each cost one.
  /// Stops early once every path exceeds `limit`.
  static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return rowMinimum }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
