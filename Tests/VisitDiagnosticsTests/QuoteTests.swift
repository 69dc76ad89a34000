import Testing

@testable import VisitDiagnostics

/// Quotes in messages (issue 10, "Quotes").
@Suite("Quoting what the user wrote")
struct QuoteTests {
  @Test("quotes inside Russian quotes become „лапки“")
  func nested() {
    #expect(Quote.russian("гостиница «Россия»") == "«гостиница „Россия“»")
    #expect(Quote.russian("Встреча") == "«Встреча»")
    #expect(Quote.english("гостиница «Россия»") == "\"гостиница «Россия»\"")
  }

  @Test("a long text is cut at a word, with an ellipsis")
  func cut() {
    let text = String(repeating: "руководителей ", count: 20)
    let quoted = Quote.russian(text)
    #expect(quoted.hasSuffix("руководителей…»"))
    #expect(quoted.unicodeScalars.count <= Quote.maximumLength + 2)
  }
}
