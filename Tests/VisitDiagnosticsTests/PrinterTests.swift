import Foundation
import Testing
import VisitCore
import VisitDiagnostics

@Suite("Printing diagnostics")
struct PrinterTests {
  let overlap = Diagnostic(
    .personOverlap,
    LocalizedText(
      english: "Жевлаков Сергей takes part in two events at once",
      russian: "Жевлаков Сергей участвует в двух событиях одновременно"),
    at: VisitCore.SourceLocation(line: 42, column: 9),
    related: [
      RelatedNote(
        LocalizedText(english: "the other event is here", russian: "другое событие — здесь"),
        at: VisitCore.SourceLocation(line: 30, column: 9))
    ],
    events: ["meeting-ivanov", "flowers"], people: ["zhevlakov"])

  @Test("text: file:line:column: severity: message [rule], related notes under it")
  func text() {
    let printer = TextDiagnosticPrinter(fileName: "visit.yaml", language: .english)
    #expect(
      printer.render([overlap]) == """
        visit.yaml:42:9: error: Жевлаков Сергей takes part in two events at once [person-overlap]
        visit.yaml:30:9: note: the other event is here

        """)
    let russian = TextDiagnosticPrinter(fileName: "visit.yaml", language: .russian)
    #expect(
      russian.render([overlap]).hasPrefix("visit.yaml:42:9: ошибка: Жевлаков Сергей участвует"))
    #expect(
      russian.render([overlap]).contains("visit.yaml:30:9: замечание: другое событие — здесь"))
  }

  @Test("colour only when asked: ANSI codes around severity and location")
  func colour() {
    let plain = TextDiagnosticPrinter(fileName: "v.yaml", language: .english, usesColor: false)
    #expect(!plain.render([overlap]).contains("\u{1B}["))
    let coloured = TextDiagnosticPrinter(fileName: "v.yaml", language: .english, usesColor: true)
    let output = coloured.render([overlap])
    #expect(output.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    #expect(output.contains("\u{1B}[1mv.yaml:42:9:\u{1B}[0m"))
  }

  @Test("JSON: the spec's shape and key order, valid JSON, non-ASCII kept readable")
  func json() throws {
    let printer = JSONDiagnosticPrinter(fileName: "visit.yaml", language: .english)
    let output = printer.render([overlap])
    #expect(
      output == """
        {"file":"visit.yaml","diagnostics":[{"severity":"error","rule":"person-overlap",\
        "message":"Жевлаков Сергей takes part in two events at once","line":42,"column":9,\
        "related":[{"message":"the other event is here","line":30,"column":9}],\
        "events":["meeting-ivanov","flowers"],"people":["zhevlakov"]}],\
        "summary":{"errors":1,"warnings":0,"notes":0}}

        """)
    let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    #expect(parsed?["file"] as? String == "visit.yaml")
  }

  @Test("JSON strings escape quotes, backslashes and control characters")
  func jsonEscaping() throws {
    let quoted = JSONString.quote("a\"b\\c\nd\u{01}e\u{2028}ж")
    #expect(quoted == "\"a\\\"b\\\\c\\nd\\u0001e\\u2028ж\"")
    let decoded =
      try JSONSerialization.jsonObject(
        with: Data("[\(quoted)]".utf8)) as? [String]
    #expect(decoded == ["a\"b\\c\nd\u{01}e\u{2028}ж"])
  }

  @Test("summary lines in both languages, with Russian plurals")
  func summary() {
    #expect(
      DiagnosticSummary(errors: 2, warnings: 1, notes: 3).line(in: .english)
        == "2 errors, 1 warning, 3 notes")
    #expect(
      DiagnosticSummary(errors: 0, warnings: 0, notes: 1).line(in: .english)
        == "0 errors, 0 warnings, 1 note")
    #expect(
      DiagnosticSummary(errors: 2, warnings: 1, notes: 3).line(in: .russian)
        == "2 ошибки, 1 предупреждение, 3 замечания")
    #expect(
      DiagnosticSummary(errors: 5, warnings: 11, notes: 21).line(in: .russian)
        == "5 ошибок, 11 предупреждений, 21 замечание")
    #expect(RussianPlural.form(112, one: "a", few: "b", many: "c") == "c")
    #expect(RussianPlural.form(122, one: "a", few: "b", many: "c") == "b")
  }

  @Test("diagnostics sort by position, then severity, then rule")
  func ordering() {
    func make(_ rule: RuleID, _ line: Int, _ column: Int) -> Diagnostic {
      Diagnostic(
        rule, LocalizedText(english: "m", russian: "м"),
        at: VisitCore.SourceLocation(line: line, column: column))
    }
    let sorted = [
      make(.unused, 3, 1), make(.unknownKey, 3, 1), make(.yamlSyntax, 1, 5), make(.longDay, 2, 1),
    ]
    .sorted()
    #expect(sorted.map(\.rule.slug) == ["yaml-syntax", "long-day", "unknown-key", "unused"])
  }
}

@Suite("Did you mean")
struct SpellingSuggestionTests {
  @Test("close misspellings are suggested; unrelated words are not")
  func suggestions() {
    let keys = ["participants", "title", "time", "topics", "site", "start"]
    #expect(SpellingSuggestion.closest(to: "partcipants", among: keys) == "participants")
    #expect(SpellingSuggestion.closest(to: "tilte", among: keys) == "title")
    #expect(SpellingSuggestion.closest(to: "colour", among: keys) == nil)
    #expect(SpellingSuggestion.closest(to: "Title", among: keys) == "title")
    #expect(SpellingSuggestion.closest(to: "stie", among: keys) == "site")
  }

  @Test("the catalogue of rules has unique slugs; the file's own rules cannot be silenced")
  func catalogue() {
    #expect(Set(RuleID.all.map(\.slug)).count == RuleID.all.count)
    #expect(RuleID.all.count == 42)
    #expect(RuleID.all.prefix(8).allSatisfy { !$0.isSilenceable })
    #expect(RuleID.all.dropFirst(8).allSatisfy { $0.isSilenceable })
    #expect(RuleID(slug: "person-overlap") == .personOverlap)
    #expect(RuleID(slug: "nonsense") == nil)
  }
}
