import Testing
import VisitXLSX

/// A text cut short ends at a word boundary (issue 10: "федеральных о…").
@Suite("Cutting text at a word")
struct TextCutTests {
  @Test("a cut inside a word goes back to the word's start")
  func wordBoundary() throws {
    let title =
      "Совещание с участием членов Правительства Оренбургской области и руководителей "
      + "территориальных управлений федеральных органов"
    let cut = TextCut.cut(title, toCharacters: 100)
    let kept = try #require(cut.hasSuffix("…") ? String(cut.dropLast()) : nil)
    // What is kept is a prefix of the title that ends where a word ends.
    #expect(title.hasPrefix(kept))
    #expect(title.dropFirst(kept.count).first == " ")
    #expect(cut.count <= 100)
  }

  @Test("a short text is left alone; a single long word is still cut")
  func edges() {
    #expect(TextCut.cut("Обед", toCharacters: 40) == "Обед")
    let word = String(repeating: "а", count: 50)
    #expect(TextCut.cut(word, toCharacters: 10) == String(repeating: "а", count: 9) + "…")
  }

  @Test("page headers are cut the same way")
  func header() {
    let text = String(repeating: "слово ", count: 60)
    let cut = HeaderFooter.cut(text, toEscapedLength: 100)
    #expect(cut.hasSuffix("слово…"))
    #expect(cut.unicodeScalars.count <= 100)
  }
}
