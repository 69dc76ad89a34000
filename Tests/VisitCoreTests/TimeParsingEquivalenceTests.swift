import Testing
import VisitCore
import VisitTestSupport

/// The byte-level time parsers against the character-level rule they
/// replaced, on many strings made of the characters that matter.
@Suite struct TimeParsingEquivalenceTests {
  /// The rule as it was written over characters.
  private func reference(_ text: String) -> TimeRange? {
    var dash: String.Index?
    for index in text.indices
    where text[index] == "-" || text[index] == "\u{2013}" || text[index] == "\u{2014}" {
      guard dash == nil else { return nil }
      dash = index
    }
    guard let dash,
      let start = WallClockTime(parsing: text[..<dash]),
      let end = WallClockTime(parsing: text[text.index(after: dash)...], allowsEndOfDay: true)
    else { return nil }
    return TimeRange(start: start, end: end)
  }

  @Test func rangesParseAsBefore() {
    let pieces = [
      "1", "0", "9", "2", "4", ":", ".", "-", "\u{2013}", "\u{2014}", " ", "\t", "a", "\u{301}",
      "\u{2010}", "00", "30", "24:00", "10:00", "9.15",
    ]
    var generator = SeededGenerator(seed: 13)
    var seen = 0
    for _ in 0..<20000 {
      let length = Int.random(in: 1...7, using: &generator)
      let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      if TimeRange(parsing: text) != reference(text) {
        Issue.record("\(text.debugDescription)")
      }
      if reference(text) != nil { seen += 1 }
    }
    #expect(seen > 5)
    for text in ["10:00-11:30", "10:00 – 11:30", "9:05—10:35", " 10.00-11.00 ", "23:00-24:00"] {
      #expect(TimeRange(parsing: text) != nil)
      #expect(TimeRange(parsing: text) == reference(text))
      #expect(EventTimeText(parsing: text) == reference(text).map { .range($0) })
    }
    for text in ["24:00-25:00", "10:00-11:30-12:00", "10:00", "-10:00", "10:00-"] {
      #expect(TimeRange(parsing: text) == reference(text))
    }
  }
}
