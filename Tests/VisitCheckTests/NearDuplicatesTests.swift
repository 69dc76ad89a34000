import Testing

@testable import VisitCheck

/// The text half of `duplicate-event`, on its own: word hashing, the exact
/// similarity, MinHash signatures, the banded search and the hash table.
@Suite struct NearDuplicatesTests {
  /// The distinct word hashes of a text, sorted, as the rule stores them.
  private func words(_ text: String) -> [UInt64] {
    Array(Set(NearDuplicates.wordHashes(text))).sorted()
  }

  @Test func wordsIgnoreCasePunctuationAndYo() {
    #expect(NearDuplicates.wordHashes("Ёлка, ЁЛКА!") == NearDuplicates.wordHashes("елка елка"))
    #expect(
      NearDuplicates.wordHashes("Mayor's TALKS") == NearDuplicates.wordHashes("mayor s talks"))
    #expect(NearDuplicates.wordHashes("  ... ").isEmpty)
    #expect(NearDuplicates.wordHashes("Ä ä").count == 2)
    #expect(Set(NearDuplicates.wordHashes("Ä ä")).count == 1)
    #expect(NearDuplicates.wordHashes("room 12b").count == 2)
  }

  @Test func jaccardIsCommonOverAll() {
    let a = words("one two three four")
    let b = words("three four five six")
    #expect(NearDuplicates.jaccard(a[...], b[...]) == 2.0 / 6.0)
    #expect(NearDuplicates.jaccard(a[...], a[...]) == 1)
    #expect(NearDuplicates.jaccard([][...], [][...]) == 0)
  }

  @Test func signaturesAgreeAsOftenAsTheSetsOverlap() {
    let positions = NearDuplicates.bands * NearDuplicates.rowsPerBand
    var first = [UInt64](repeating: 0, count: positions)
    var second = first
    let text = "visit of the delegation to the plant and talks with the management"
    NearDuplicates.fillSignature(&first, of: words(text)[...])
    NearDuplicates.fillSignature(&second, of: words(text)[...])
    #expect(first == second)
    NearDuplicates.fillSignature(&second, of: words("entirely other words here now")[...])
    #expect(zip(first, second).filter { $0 == $1 }.count < positions / 2)
  }

  /// Runs the banded search on texts, each on the day given.
  private func copies(_ texts: [(day: Int32, text: String)]) -> [Int32] {
    var storage: [UInt64] = []
    var offsets = [0]
    for entry in texts {
      storage += words(entry.text)
      offsets.append(storage.count)
    }
    var original = [Int32](repeating: -1, count: texts.count)
    NearDuplicates.findCopies(
      words: storage, offsets: offsets, day: texts.map(\.day), original: &original)
    return original
  }

  @Test func aNearCopyOnTheSameDayPointsAtTheFirst() {
    let paragraph =
      "the delegation visited the coal mine museum and met the veterans of labour"
    let found = copies([
      (1, paragraph), (1, "lunch with the governor in the residence"),
      (1, paragraph + " again"), (1, paragraph),
    ])
    #expect(found == [-1, -1, 0, 0])
  }

  @Test func textsOnOtherDaysOrTooShortAreNotCopies() {
    let paragraph =
      "the delegation visited the coal mine museum and met the veterans of labour"
    #expect(copies([(1, paragraph), (2, paragraph)]) == [-1, -1])
    #expect(copies([(1, "talks with the mayor"), (1, "talks with the mayor")]) == [-1, -1])
  }

  @Test func hashTableKeepsLastValueAndGrows() {
    var table = HashTable(capacity: 1)
    for key in 0..<1000 { table.set(NearDuplicates.mix(UInt64(key)), Int32(key)) }
    table.set(NearDuplicates.mix(7), -7)
    #expect(table.count == 1000)
    #expect(table[NearDuplicates.mix(7)] == -7)
    #expect(table[NearDuplicates.mix(999)] == 999)
    #expect(table[NearDuplicates.mix(1000)] == nil)
  }
}
