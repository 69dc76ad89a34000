import Testing
import VisitTestSupport

@testable import VisitDiagnostics

/// The banded edit distance against the plain full table, and the prepared
/// index against a plain scan of every candidate.
@Suite("Did you mean")
struct SpellingTests {
  /// Optimal string alignment over the whole table: the reference.
  static func fullDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  static func randomWord(_ random: inout SeededGenerator) -> [UInt32] {
    (0..<Int.random(in: 0...12, using: &random)).map { _ in
      UInt32.random(in: 97...100, using: &random)
    }
  }

  @Test("the banded distance equals the full one up to the limit, for 20,000 random pairs")
  func bandedDistance() {
    var random = SeededGenerator(seed: 7)
    for _ in 0..<20_000 {
      let a = Self.randomWord(&random)
      let b = Self.randomWord(&random)
      let limit = Int.random(in: 0...3, using: &random)
      let full = Self.fullDistance(a, b)
      let banded = SpellingSuggestion.editDistance(a, b, limit: limit)
      #expect(banded == min(full, limit + 1), "\(a) \(b) limit \(limit)")
      if banded != min(full, limit + 1) { return }
    }
  }

  @Test("the index picks what a scan of every candidate picks: nearest, then first given")
  func indexMatchesScan() {
    var random = SeededGenerator(seed: 11)
    for _ in 0..<2_000 {
      let candidates = (0..<Int.random(in: 0...15, using: &random)).map { _ in
        String(String.UnicodeScalarView(Self.randomWord(&random).compactMap(Unicode.Scalar.init)))
      }
      let word = String(
        String.UnicodeScalarView(Self.randomWord(&random).compactMap(Unicode.Scalar.init)))
      let folded = word.unicodeScalars.map(\.value)
      let limit = SpellingSuggestion.limit(forLength: folded.count)
      var expected: (String, Int)?
      for candidate in candidates where candidate != word {
        let distance = Self.fullDistance(folded, candidate.unicodeScalars.map(\.value))
        if distance <= limit, distance < (expected?.1 ?? Int.max) {
          expected = (candidate, distance)
        }
      }
      #expect(SpellingIndex(candidates).closest(to: word) == expected?.0, "\(word) \(candidates)")
    }
  }

  @Test("ten thousand ids of one length and a 100,000-character word stay cheap")
  func largeInputs() {
    let ids = (0..<10_000).map { "2018-06-19#\(String(100_000 + $0).dropFirst())" }
    let index = SpellingIndex(ids)
    #expect(index.closest(to: "2018-06-19#0999x") != nil)
    let long = String(repeating: "а", count: 100_000)
    #expect(SpellingIndex([long + "б", "title"]).closest(to: long) == long + "б")
  }
}
