import Testing
import VisitTestSupport

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

/// The wrapper's scalar path against the character path it replaced for
/// lines where each scalar is a character of its own.
@Suite struct TextWrapperScalarPathTests {
  /// The wrapping as written over characters, before the scalar path.
  private func reference(_ wrapper: TextWrapper, _ line: String) -> String {
    guard line.count > wrapper.width else { return line }
    let head = Array(line.prefix(wrapper.width + 2))
    let indent = wrapper.continuationIndent(head)
    let kept = indent > 0 && indent < wrapper.width / 2 ? indent : 0
    let words = wrapper.glued(
      line.dropFirst(kept).utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) })
    var lines: [String] = []
    var current = String(head[..<kept])
    var length = kept
    var hasWord = false
    for word in words {
      let needed = length + (hasWord ? 1 : 0) + word.count
      if hasWord && needed > wrapper.width {
        lines.append(current)
        current = String(repeating: " ", count: indent) + word
        length = indent + word.count
      } else {
        if hasWord { current += " " }
        current += word
        length = needed
      }
      hasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  @Test func sameAsTheCharacterPath() {
    let pieces = [
      "Встреча", "с", "главой", "г.", "С.", "Жевлаков", "№", "12", "«Россия»", "—", "10:00–11:30",
      "  ", " ", "1.", "–", "ул.", "Talks", "with", "the", "mayor,", "и", "в", "2018", "...",
    ]
    var random = SeededGenerator(seed: 7)
    func next() -> Int { Int(random.next() >> 33) }
    for width in [20, 40, 80] {
      let wrapper = TextWrapper(width: width)
      for _ in 0..<2000 {
        let line = (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }
          .joined(separator: next() % 5 == 0 ? "  " : " ")
        #expect(wrapper.wrapLine(line) == reference(wrapper, line), "\(line)")
      }
    }
  }
}
