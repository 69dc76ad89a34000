import Testing

@testable import VisitLanguage

/// The fast word length agrees with Swift's character count.
@Suite struct TextWrapperLengthTests {
  @Test func lengthsAreCharacterCounts() {
    let words = [
      "Липецк", "Ёлка", "café", "cafe\u{301}", "и\u{306}", "«Россия»", "—", "2018–2019",
      "שָׁלוֹם", "مرحبا", "नमस्ते", "👩‍💻", "a\r", "x\u{483}", "Ab,", "…",
    ]
    for word in words {
      #expect(TextWrapper.length(of: word) == word.count, "\(word)")
    }
  }
}
