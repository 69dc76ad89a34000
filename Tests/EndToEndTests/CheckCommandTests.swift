import Foundation
import Testing
import VisitTestSupport

/// `visitplan check` run as a user runs it: stdout, stderr, exit status.
@Suite("visitplan check", .timeLimit(.minutes(5)))
struct CheckCommandTests {
  /// Runs from the repository root so that paths are as a user types them.
  func visitplan(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult
  {
    try CommandRunner.visitplan(
      arguments, environment: environment, currentDirectory: TestPaths.root)
  }

  @Test(
    "the seed programme checks clean; the account as recorded gets only its real warnings and notes"
  )
  func seeds() throws {
    let programme = try visitplan(["check", "seeds/stakhanov-lipetsk-2018-programme.visit.yaml"])
    #expect(programme.status == 0)
    #expect(programme.standardOutput == "0 errors, 0 warnings, 0 notes\n")
    #expect(programme.standardError.isEmpty)
    let account = try visitplan(["check", "seeds/stakhanov-lipetsk-2018.visit.yaml"])
    #expect(account.status == 0)
    #expect(!account.standardOutput.contains("error:"))
    assertSnapshot(
      account.standardOutput, named: "check-seed-account.en.txt", folder: "EndToEndTests")
    let strict = try visitplan(["check", "seeds/stakhanov-lipetsk-2018.visit.yaml", "--strict"])
    #expect(strict.status == 1)
  }

  @Test("errors: exit 1, compiler-style lines, golden output in English")
  func errorsInEnglish() throws {
    let result = try visitplan(["check", "Tests/Fixtures/invalid-value.visit.yaml", "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.isEmpty)
    assertSnapshot(
      result.standardOutput, named: "check-invalid-value.en.txt", folder: "EndToEndTests")
  }

  @Test("errors in Russian, with related locations")
  func errorsInRussian() throws {
    let result = try visitplan(["check", "Tests/Fixtures/duplicate-id.visit.yaml", "--lang", "ru"])
    #expect(result.status == 1)
    assertSnapshot(
      result.standardOutput, named: "check-duplicate-id.ru.txt", folder: "EndToEndTests")
    #expect(result.standardOutput.contains("4 ошибки, "))
  }

  @Test("the language comes from LC_ALL, LC_MESSAGES, LANG in that order; --lang wins")
  func languageFromEnvironment() throws {
    let file = "Tests/Fixtures/unknown-key.visit.yaml"
    let russian = try visitplan(["check", file], environment: ["LANG": "ru_RU.UTF-8"])
    #expect(russian.standardOutput.contains("неизвестный ключ"))
    let english = try visitplan(
      ["check", file], environment: ["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"])
    #expect(english.standardOutput.contains("unknown key"))
    let messages = try visitplan(
      ["check", file], environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"])
    #expect(messages.standardOutput.contains("неизвестный ключ"))
    let forced = try visitplan(
      ["check", file, "--lang", "en"], environment: ["LC_ALL": "ru_RU.UTF-8"])
    #expect(forced.standardOutput.contains("unknown key"))
    let fallback = try visitplan(["check", file], environment: ["LANG": ""])
    #expect(fallback.standardOutput.contains("unknown key"))
  }

  @Test("JSON: one object as the spec shows, with ids of the events and people concerned")
  func json() throws {
    let result = try visitplan([
      "check", "Tests/Fixtures/unknown-reference.visit.yaml", "--format", "json",
    ])
    #expect(result.status == 1)
    assertSnapshot(
      result.standardOutput, named: "check-unknown-reference.json", folder: "EndToEndTests")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(object["file"] as? String == "Tests/Fixtures/unknown-reference.visit.yaml")
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.filter { $0["rule"] as? String == "unknown-reference" }.count == 5)
    let participant = try #require(
      diagnostics.first { $0["line"] as? Int == 15 && $0["column"] as? Int == 24 })
    #expect(participant["severity"] as? String == "error")
    #expect(participant["rule"] as? String == "unknown-reference")
    #expect(participant["events"] as? [String] == ["2018-06-19#1"])
    #expect(participant["people"] as? [String] == [])
    #expect((participant["related"] as? [Any])?.isEmpty == true)
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary == ["errors": 5, "warnings": 0, "notes": 1])
  }

  @Test("JSON with related locations and people")
  func jsonRelated() throws {
    let result = try visitplan(
      ["check", "Tests/Fixtures/duplicate-id.visit.yaml", "--format", "json", "--lang", "ru"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let first = try #require(
      (object["diagnostics"] as? [[String: Any]])?.first { $0["rule"] as? String == "duplicate-id" }
    )
    #expect(first["people"] as? [String] == ["ivanov"])
    let related = try #require((first["related"] as? [[String: Any]])?.first)
    #expect(related["line"] as? Int == 6 && related["column"] as? Int == 3)
    #expect(related["message"] as? String == "впервые определён здесь")
  }

  @Test("several files: text lists each, one summary; JSON gives one object per line")
  func severalFiles() throws {
    let files = ["Tests/Fixtures/minimal.visit.yaml", "Tests/Fixtures/place-cycle.visit.yaml"]
    let text = try visitplan(["check"] + files)
    #expect(text.status == 1)
    #expect(text.standardOutput.hasPrefix("Tests/Fixtures/place-cycle.visit.yaml:6:30: error:"))
    #expect(text.standardOutput.hasSuffix("1 error, 0 warnings, 1 note\n"))
    let json = try visitplan(["check", "--format", "json"] + files)
    let lines = json.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    for (line, file) in zip(lines, files) {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["file"] as? String == file)
    }
  }

  @Test("the output is byte-identical from run to run")
  func deterministic() throws {
    let arguments = ["check", "Tests/Fixtures/invalid-value.visit.yaml", "--format", "json"]
    let first = try visitplan(arguments).standardOutput
    for _ in 0..<3 { #expect(try visitplan(arguments).standardOutput == first) }
  }

  @Test("no colour in a pipe; colour on a terminal; never with NO_COLOR; --color forces")
  func colour() throws {
    let file = "Tests/Fixtures/yaml-syntax.visit.yaml"
    #expect(!(try visitplan(["check", file]).standardOutput.contains("\u{1B}[")))
    #expect(
      try visitplan(["check", file, "--color", "always"]).standardOutput.contains("\u{1B}[1;31m"))
    let command = "\(CommandRunner.visitplanPath) check \(file)"
    let onTerminal = try CommandRunner.run(
      "/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], currentDirectory: TestPaths.root)
    #expect(onTerminal.standardOutput.contains("\u{1B}[1;31m"))
    let noColor = try CommandRunner.run(
      "/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], environment: ["NO_COLOR": "1"],
      currentDirectory: TestPaths.root)
    #expect(noColor.standardOutput.contains("error:"))
    #expect(!noColor.standardOutput.contains("\u{1B}["))
  }

  @Test("a missing file, a folder: exit 2 with one line that says what to do")
  func cannotRead() throws {
    let missing = try visitplan(["check", "no-such.visit.yaml"])
    #expect(missing.status == 2)
    #expect(missing.standardOutput.isEmpty)
    #expect(
      missing.standardError == "visitplan: no-such.visit.yaml: no such file; check the path\n")
    let folder = try visitplan(["check", "seeds"])
    #expect(folder.status == 2)
    #expect(folder.standardError.contains("seeds: is a folder"))
    let mixed = try visitplan(["check", "Tests/Fixtures/minimal.visit.yaml", "nothing.yaml"])
    #expect(mixed.status == 2)
    #expect(mixed.standardOutput == "0 errors, 0 warnings, 0 notes\n")
  }

  @Test("an unreadable file: exit 2")
  func unreadable() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("secret.visit.yaml")
    try Data("format: visitplan/1\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    let result: CommandResult
    if geteuid() == 0 {
      // root reads anything: run as nobody, who cannot.
      result = try CommandRunner.run(
        "/usr/bin/setpriv",
        [
          "--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.visitplanPath, "check",
          file.path,
        ])
    } else {
      result = try CommandRunner.visitplan(["check", file.path])
    }
    #expect(result.status == 2)
    #expect(result.standardError.contains("cannot be read"))
  }

  @Test("bad arguments: exit 2 with usage")
  func usage() throws {
    let noFiles = try visitplan(["check"])
    #expect(noFiles.status == 2)
    #expect(noFiles.standardError.contains("Usage:"))
    let badFormat = try visitplan(["check", "seeds", "--format", "xml"])
    #expect(badFormat.status == 2)
    let badCommand = try visitplan(["chekc"])
    #expect(badCommand.status == 2)
  }

  @Test("--help and --version")
  func helpAndVersion() throws {
    let help = try visitplan(["check", "--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("--format"))
    let version = try visitplan(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput.hasPrefix("visitplan "))
  }
}
