/// "Did you mean" suggestions for misspelt keys, ids and rule names.
public enum SpellingSuggestion {
  /// The candidate closest to `word`, if it is close enough to be a likely
  /// typo: an edit distance of at most 1 for short words, 2 up to 8
  /// characters, 3 beyond. Ties go to the first candidate in the order given.
  public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    SpellingIndex(candidates).closest(to: word)
  }

  /// How far a word may be from a candidate to be suggested.
  static func limit(forLength length: Int) -> Int {
    length <= 4 ? 1 : (length <= 8 ? 2 : 3)
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions
  /// and swaps of two neighbours (`partcipants`, `tilte`) each cost one.
  /// Only the diagonal band of width 2 × `limit` + 1 is computed, since a
  /// path outside it costs more than `limit`; any result above `limit` is
  /// reported as `limit + 1`.
  ///
  /// - Complexity: O(n × limit): a long id costs no more than a short one
  ///   times its length, however many candidates there are of that length.
  static func editDistance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
    let beyond = limit + 1
    guard abs(a.count - b.count) <= limit else { return beyond }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    var previousPrevious = [Int](repeating: beyond, count: width)
    var previous = [Int](repeating: beyond, count: width)
    var current = [Int](repeating: beyond, count: width)
    for j in 0...min(b.count, limit) { previous[j] = j }
    for i in 1...a.count {
      let low = max(1, i - limit)
      let high = min(b.count, i + limit)
      current[low - 1] = low - 1 == 0 && i <= limit ? i : beyond
      var rowMinimum = current[low - 1]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        value = min(value, beyond)
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if high < b.count { current[high + 1] = beyond }
      if rowMinimum > limit { return beyond }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return min(previous[b.count], beyond)
  }
}

/// Candidates prepared once for many "did you mean" questions: folded to
/// lower case, as code points, grouped by length. A file with thousands of
/// unknown references against thousands of ids asks the same list every
/// time; preparing it once and skipping every candidate whose length alone
/// rules it out keeps each question cheap.
public struct SpellingIndex: Sendable {
  private struct Candidate: Sendable {
    let text: String
    let folded: [UInt32]
    let order: Int
  }

  private var byLength: [Int: [Candidate]] = [:]

  public init(_ candidates: some Sequence<String>) {
    for (order, text) in candidates.enumerated() {
      let folded = Self.fold(text)
      byLength[folded.count, default: []].append(
        Candidate(text: text, folded: folded, order: order))
    }
  }

  private static func fold(_ text: String) -> [UInt32] {
    text.lowercased().unicodeScalars.map(\.value)
  }

  /// The candidate closest to `word` within `SpellingSuggestion`'s limits;
  /// ties go to the candidate given first. Never `word` itself.
  public func closest(to word: String) -> String? {
    let target = Self.fold(word)
    let limit = SpellingSuggestion.limit(forLength: target.count)
    var best: (candidate: Candidate, distance: Int)?
    for length in max(0, target.count - limit)...(target.count + limit) {
      for candidate in byLength[length] ?? [] where candidate.text != word {
        let bound = min(limit, best.map { $0.distance } ?? limit)
        let distance = SpellingSuggestion.editDistance(target, candidate.folded, limit: bound)
        guard distance <= bound else { continue }
        if let current = best,
          distance > current.distance
            || distance == current.distance && candidate.order > current.candidate.order
        {
          continue
        }
        best = (candidate, distance)
      }
    }
    return best?.candidate.text
  }
}
