import Foundation
import Testing
import VisitCore
import VisitDiagnostics
import VisitReports

/// A user's template is checked before it runs: every mistake with its
/// file, line and column; includes stay in the template's folder.
@Suite("Checking a user's template")
struct TemplateCheckTests {
  /// The problems of rendering `main.txt` with the other files beside it.
  func problems(_ main: String, _ others: [String: String] = [:]) throws -> [TemplateProblem] {
    let folder = try ReportFixtures.folder(others.merging(["main.txt": main]) { $1 })
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("main.txt").path
    do {
      _ = try Report.render(ReportFixtures.seedProgramme, template: .file(path), language: .russian)
      return []
    } catch {
      return error.problems.map {
        TemplateProblem(
          file: ($0.file as NSString).lastPathComponent, line: $0.line, column: $0.column,
          message: $0.message)
      }
    }
  }

  @Test("a misspelt variable, with its position and a did-you-mean")
  func unknownVariable() throws {
    let found = try problems("Визит\n  {{ delegaton.name }}\n")
    #expect(found.count == 1)
    #expect(found.first?.file == "main.txt")
    #expect(found.first?.line == 2)
    #expect(found.first?.column == 6)
    #expect(found.first?.message.english.contains("unknown variable \"delegaton\"") == true)
    #expect(found.first?.message.english.contains("did you mean \"delegation\"") == true)
    #expect(found.first?.message.russian.contains("неизвестная переменная «delegaton»") == true)
  }

  @Test("tags nested thousands deep are refused, not rendered into a stack overflow")
  func deepNesting() throws {
    let depth = 30_000
    let template =
      String(repeating: "{% for day in days %}", count: depth) + "x"
      + String(repeating: "{% endfor %}", count: depth)
    let found = try problems(template)
    #expect(found.count == 1)
    let problem = try #require(found.first)
    #expect(problem.line == 1)
    #expect(problem.column == 1 + 100 * "{% for day in days %}".count)
    #expect(problem.message.english.contains("nested more than 100 deep"))
    // A hundred deep is allowed.
    let allowed =
      String(repeating: "{% if visit.title %}", count: 100) + "x"
      + String(repeating: "{% endif %}", count: 100)
    #expect(try problems(allowed).isEmpty)
  }

  @Test("a misspelt field, inside a loop too")
  func unknownField() throws {
    let found = try problems("{% for event in events %}\n{{ event.titel }}\n{% endfor %}\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 2)
    #expect(found.first?.message.english.contains("has no field \"titel\"") == true)
    #expect(found.first?.message.english.contains("did you mean \"title\"") == true)
  }

  @Test("a misspelt filter, and a date style that does not exist")
  func unknownFilter() throws {
    let found = try problems("{{ visit.title|genitiv }}\n{{ visit.start|date:\"longest\" }}\n")
    #expect(found.count == 2)
    let firstDiagnostic = try #require(found.first)
    #expect(
      firstDiagnostic.message.english.contains(
        "unknown filter \"genitiv\"; did you mean \"genitive\"?"))
    try #require(found.count > 1)
    #expect(found[1].line == 2)
    #expect(found[1].message.english.contains("\"longest\""))
  }

  @Test("two identical lines with a mistake are reported at their own lines")
  func identicalLines() throws {
    let found = try problems("{{ visit.titel }}\nтекст\n{{ visit.titel }}\n")
    #expect(found.map(\.line) == [1, 3])
  }

  @Test(
    "an include that leaves the template's folder is refused",
    arguments: ["../../etc/passwd", "/etc/passwd", "sub/part.txt", ".."])
  func includeOutside(name: String) throws {
    let found = try problems("Начало\n{% include \"\(name)\" %}\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 2)
    #expect(found.first?.message.english.contains("only files from its own folder") == true)
  }

  @Test("a symbolic link out of the folder is refused")
  func symlinkOut() throws {
    let folder = try ReportFixtures.folder(["main.txt": "{% include \"link.txt\" %}\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "/etc/hostname")
    #expect(throws: TemplateProblems.self) {
      try Report.render(
        ReportFixtures.seedProgramme,
        template: .file(folder.appendingPathComponent("main.txt").path), language: .russian)
    }
  }

  @Test("an include of a part in the same folder works, and its mistakes are its own")
  func includes() throws {
    let folder = try ReportFixtures.folder([
      "main.txt": "{% for day in days %}{% include \"_day.txt\" %}{% endfor %}",
      "_day.txt": "{{ day.date|date:\"day\" }};",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try Report.render(
      ReportFixtures.seedProgramme,
      template: .file(folder.appendingPathComponent("main.txt").path), language: .russian)
    #expect(text == "18 июня;19 июня;20 июня;\n")
    let found = try problems(
      "{% for day in days %}{% include \"_day.txt\" %}{% endfor %}",
      ["_day.txt": "\n{{ day.dat }}"])
    #expect(found.first?.file == "_day.txt")
    #expect(found.first?.line == 2)
  }

  @Test("a template that includes itself is refused, not looped")
  func includeCycle() throws {
    let found = try problems("{% include \"main.txt\" %}")
    #expect(found.first?.message.english.contains("includes itself") == true)
  }

  @Test(
    "malformed for tags are mistakes with a position, not a crash (found by the fuzzer)",
    arguments: [
      "{% for x where y in days %}{% endfor %}", "{% for in %}{% endfor %}",
      "{% for x in %}{% endfor %}", "{% for %}{% endfor %}",
      "{% for x in days where %}{% endfor %}",
    ])
  func malformedFor(template: String) throws {
    let found = try problems(template)
    #expect(found.allSatisfy { $0.line >= 1 && $0.column >= 1 })
  }

  @Test("a syntax mistake Stencil finds comes with a position too")
  func syntax() throws {
    let found = try problems("Текст\n{% for day in days %}\n{{ day.date }}\n")
    #expect(found.count == 1)
    #expect(found.first?.line ?? 0 >= 1)
  }

  @Test("an unknown built-in template names the ones there are")
  func unknownBuiltIn() {
    #expect {
      try Report.render(
        ReportFixtures.seedProgramme, template: .builtIn("progrmme"), language: .russian)
    } throws: { error in
      (error as? TemplateProblems)?.problems.first?.message.english.contains(
        "programme, working, report, delegation, agreements, gifts") == true
    }
  }
}
