import Foundation
import Testing
import VisitTestSupport

/// `visitplan report`, `visitplan templates` and `visitplan inflect` as a
/// user runs them.
@Suite("visitplan report, templates, inflect", .timeLimit(.minutes(5)))
struct ReportCommandTests {
  let seed = TestPaths.seedProgramme.path

  @Test("the programme by default, on standard output, nothing on stderr")
  func defaultProgramme() throws {
    let result = try CommandRunner.visitplan(["report", seed])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    #expect(result.standardOutput.hasPrefix("ПРОГРАММА\nпребывания делегации города Стаханова"))
    #expect(result.standardOutput.contains("18–20 июня 2018 г."))
  }

  @Test("-o writes the file whole, leaves nothing else, and never writes over the visit")
  func outputFile() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.txt").path
    let result = try CommandRunner.visitplan(["report", seed, "--template", "report", "-o", target])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(text.hasPrefix("ИНФОРМАЦИОННОЕ СООБЩЕНИЕ\n"))
    #expect(text.hasSuffix("ОВПИ\n"))
    let copy = folder.appendingPathComponent("visit.yaml").path
    try FileManager.default.copyItem(atPath: seed, toPath: copy)
    let overwrite = try CommandRunner.visitplan(["report", copy, "-o", copy])
    #expect(overwrite.status == 2)
    #expect(
      try String(contentsOfFile: copy, encoding: .utf8)
        == String(contentsOfFile: seed, encoding: .utf8))
  }

  @Test("an unwritable destination: exit 2, one line, nothing left behind")
  func unwritable() throws {
    let result = try CommandRunner.visitplan(["report", seed, "-o", "/nonexistent/folder/r.txt"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot write the report"))
  }

  @Test("--width wraps at that many characters; --lang en switches the template's language")
  func widthAndLanguage() throws {
    let result = try CommandRunner.visitplan(
      ["report", seed, "--template", "report", "--width", "50", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("REPORT ON THE VISIT"))
    for line in result.standardOutput.split(separator: "\n") {
      #expect(line.count <= 50 || !line.contains(" "), "\(line)")
    }
  }

  @Test("a visit with errors stops the report (exit 1) unless --allow-errors")
  func visitErrors() throws {
    let broken = TestPaths.fixture("unknown-reference.visit.yaml").path
    let stopped = try CommandRunner.visitplan(["report", broken])
    #expect(stopped.status == 1)
    #expect(stopped.standardError.contains("no report written"))
    #expect(stopped.standardOutput.isEmpty)
    let allowed = try CommandRunner.visitplan(["report", broken, "--allow-errors"])
    #expect(allowed.status == 0, "\(allowed.standardError)")
  }

  @Test("a template with a misspelt variable: file:line:column, exit 2, no file written")
  func templateMistake() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let template = folder.appendingPathComponent("mine.txt")
    try "Отчёт\n{{ visit.titel }}\n".write(to: template, atomically: true, encoding: .utf8)
    let target = folder.appendingPathComponent("out.txt").path
    let result = try CommandRunner.visitplan(
      ["report", seed, "--template", template.path, "-o", target])
    #expect(result.status == 2)
    #expect(
      result.standardError.contains(
        "\(template.path):2:10: error: visit (Visit) has no field \"titel\"; did you mean \"title\"?"
      ))
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test("a template that includes ../../etc/passwd: refused with a clear message, exit 2")
  func includeOutside() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let template = folder.appendingPathComponent("evil.txt")
    try "{% include \"../../etc/passwd\" %}\n".write(
      to: template, atomically: true, encoding: .utf8)
    let result = try CommandRunner.visitplan(["report", seed, "--template", template.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("\(template.path):1:1: error:"))
    #expect(result.standardError.contains("only files from its own folder"))
    #expect(!result.standardOutput.contains("root:"))
    let russian = try CommandRunner.visitplan(
      ["report", seed, "--template", template.path, "--lang", "ru"])
    #expect(russian.standardError.contains("шаблон может включать только файлы из своей папки"))
  }

  @Test("an unknown built-in template and a missing template file: exit 2")
  func missingTemplates() throws {
    let unknown = try CommandRunner.visitplan(["report", seed, "--template", "progrmme"])
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("no built-in template \"progrmme\""))
    let missing = try CommandRunner.visitplan(["report", seed, "--template", "/tmp/none/x.txt"])
    #expect(missing.status == 2)
  }

  @Test("the built-in templates work from any working directory")
  func anyDirectory() throws {
    let result = try CommandRunner.visitplan(
      ["report", seed, "--template", "gifts"], currentDirectory: URL(fileURLWithPath: "/"))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("РЕЕСТР ПРОТОКОЛЬНЫХ ПОДАРКОВ"))
  }

  @Test("visitplan templates lists the six with a line each, in the user's language")
  func templatesCommand() throws {
    let english = try CommandRunner.visitplan(["templates"])
    #expect(english.status == 0)
    let names = english.standardOutput.split(separator: "\n").map { $0.prefix { $0 != " " } }
    #expect(names == ["programme", "working", "report", "delegation", "agreements", "gifts"])
    #expect(english.standardOutput.contains("Register of protocol gifts"))
    let russian = try CommandRunner.visitplan(["templates"], environment: ["LANG": "ru_RU.UTF-8"])
    #expect(russian.standardOutput.contains("Реестр протокольных подарков"))
  }

  @Test("inflect prints the form the templates use, or all six")
  func inflect() throws {
    let one = try CommandRunner.visitplan(["inflect", "Жевлаков Сергей", "--case", "instrumental"])
    #expect(one.status == 0)
    #expect(one.standardOutput == "Жевлаковым Сергеем\n")
    #expect(one.standardError.isEmpty)
    let place = try CommandRunner.visitplan([
      "inflect", "Стаханов", "--kind", "place", "--case", "ins",
    ])
    #expect(place.standardOutput == "Стахановом\n")
    let position = try CommandRunner.visitplan(
      [
        "inflect", "глава Администрации города Стаханова", "--kind", "position", "--case",
        "творительный",
      ])
    #expect(position.standardOutput == "главой Администрации города Стаханова\n")
    let all = try CommandRunner.visitplan(["inflect", "Жулинская Наталья"])
    #expect(all.standardOutput.split(separator: "\n").count == 6)
    #expect(all.standardOutput.contains("dative: Жулинской Наталье"))
  }

  @Test("inflect says what it could only guess, and reads lines from stdin with -")
  func inflectNotesAndBatch() throws {
    let guessed = try CommandRunner.visitplan(["inflect", "Шевчук Ирина", "--case", "dat"])
    #expect(guessed.standardOutput == "Шевчук Ирина\n")
    #expect(guessed.standardError.contains("note: the gender of Шевчук Ирина is unknown"))
    let female = try CommandRunner.visitplan(
      ["inflect", "Шевчук Ирина", "--case", "dat", "--gender", "female"])
    #expect(female.standardOutput == "Шевчук Ирине\n")
    let batch = try CommandRunner.visitplan(
      ["inflect", "-", "--case", "gen", "--gender", "male"], input: "Иванов\nЦой\nЧерных\n")
    #expect(batch.standardOutput == "Иванова\nЦоя\nЧерных\n")
    let bad = try CommandRunner.visitplan(["inflect", "Иванов", "--case", "ablative"])
    #expect(bad.status == 2)
    #expect(bad.standardError.contains("unknown case \"ablative\""))
  }
}

/// File order is programme order in the documents (programmes.md).
@Suite("Documents keep the file's order")
struct ReportFileOrderTests {
  @Test("the untimed arrival stays second, start-only and all-day items print as written")
  func fileOrder() throws {
    let file = TestPaths.fixture("file-order.visit.yaml").path
    for (language, untimed, allDay, label, same) in [
      ("ru", "время уточняется", "в течение дня", "Участники", "Участники — те\u{00A0}же."),
      ("en", "time to be confirmed", "during the day", "Participants", "Participants: the same."),
    ] {
      let result = try CommandRunner.visitplan(["report", file, "--lang", language])
      #expect(result.status == 0)
      let lines = result.standardOutput.split(separator: "\n").map(String.init)
      let items = lines.filter { $0.contains("Зал") || $0.contains("Липецк") }
      #expect(
        items == [
          "08:00–08:45  Завтрак. Зал (Липецк). \(label): И. П. Гостев.",
          "\(untimed)  Прибытие в Липецк. \(same)",
          "10:20  Фотосъемка. Зал (Липецк). \(same)",
          "20:30–21:30  Ужин. Зал (Липецк). \(same)",
          "\(allDay)  Выставка. Зал (Липецк). \(same)",
        ], "\(language)")
    }
  }
}

/// Delegations and groups that take part as bodies are named in the
/// documents, never dropped and never written as ids.
@Suite("Documents name delegations and groups")
struct ReportGroupTests {
  @Test("the Moscow programme names both delegations once a day, then says 'the same'")
  func delegationsAsBodies() throws {
    let file = TestPaths.seed("veterans-moscow-2001.visit.yaml").path
    let result = try CommandRunner.visitplan(["report", file, "--width", "1000"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    let named = lines.filter {
      $0.contains("Участники: делегации ветеранов из регионов Российской Федерации")
        && $0.contains("и руководители администраций")
    }
    // The first item of each day names them; the rest are "те же".
    #expect(named.count == 2)
    #expect(lines.filter { $0.hasSuffix("Участники — те\u{00A0}же.") }.count == 7)
    #expect(!result.standardOutput.contains("veterans"))
  }
}
