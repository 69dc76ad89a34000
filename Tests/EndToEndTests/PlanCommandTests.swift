import Foundation
import Testing
import VisitTestSupport

/// `visitplan plan` as a user runs it: the summary, the written file, the
/// refusals, and the input left intact whatever happens.
@Suite("visitplan plan", .timeLimit(.minutes(5)))
struct PlanCommandTests {
  let wishes = TestPaths.seed("stakhanov-lipetsk-2018-wishes.visit.yaml").path

  @Test("without -o: the summary in the visit's language, nothing written")
  func summaryOnly() throws {
    let before = try String(contentsOfFile: wishes, encoding: .utf8)
    let result = try CommandRunner.visitplan(["plan", wishes])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    #expect(
      result.standardOutput.contains(
        "19 июня 10:00–10:45  Посещение дома-музея Алексея Стаханова в селе Преображенье "
          + "(было: 19 июня, без времени)"))
    #expect(
      result.standardOutput.contains(
        "(было: без даты и времени)"))
    #expect(
      result.standardOutput.contains("Поставлено событий: 8 из 8 (сумма приоритетов 12 из 12)"))
    #expect(try String(contentsOfFile: wishes, encoding: .utf8) == before)
  }

  @Test("-o writes a file that checks clean; --in-place rewrites a copy the same way")
  func writes() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("planned.visit.yaml").path
    let result = try CommandRunner.visitplan(["plan", wishes, "-o", target, "--lang", "en"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("Events placed: 8 of 8"))
    let check = try CommandRunner.visitplan(["check", target])
    #expect(check.status == 0)
    #expect(!check.standardError.contains("error") && !check.standardError.contains("warning"))
    let copy = folder.appendingPathComponent("copy.visit.yaml").path
    try FileManager.default.copyItem(atPath: wishes, toPath: copy)
    let inPlace = try CommandRunner.visitplan(["plan", copy, "--in-place"])
    #expect(inPlace.status == 0, "\(inPlace.standardError)")
    #expect(
      try String(contentsOfFile: copy, encoding: .utf8)
        == String(contentsOfFile: target, encoding: .utf8))
  }

  @Test("-o - puts the file on stdout and the summary on stderr")
  func standardOutput() throws {
    let result = try CommandRunner.visitplan(["plan", wishes, "-o", "-"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("# ILLUSTRATIVE."))
    #expect(result.standardOutput.contains("        start: 10:00\n"))
    #expect(result.standardError.contains("Поставлено событий"))
  }

  @Test("--format json gives the decisions and the objective as data")
  func json() throws {
    let result = try CommandRunner.visitplan(["plan", wishes, "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: result.standardOutputData) as? [String: Any])
    #expect(object["mode"] as? String == "plan")
    let placed = try #require(object["placed"] as? [[String: Any]])
    #expect(placed.count == 8)
    let objective = try #require(object["objective"] as? [String: Any])
    #expect(objective["priority-placed"] as? Int == 12)
  }

  @Test("what cannot fit is explained with located notes, and the exit status is 1")
  func whyNot() throws {
    let file = TestPaths.fixture("plan/why-not.visit.yaml").path
    let result = try CommandRunner.visitplan(["plan", file])
    #expect(result.status == 1)
    #expect(
      result.standardError.contains(
        "why-not.visit.yaml:37:5: error: \"Signing of the agreement\" cannot be placed [unplaceable]"
      ))
    #expect(result.standardError.contains("note: Котов Евгений is busy on 19 June 12:00–13:00"))
    let json = try CommandRunner.visitplan(["plan", file, "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: json.standardOutputData) as? [String: Any])
    let unplaced = try #require((object["unplaced"] as? [[String: Any]])?.first)
    let kinds = (unplaced["requirements"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
    #expect(Set(kinds ?? []) == ["timed-event", "busy", "window", "duration"])
  }

  @Test("a file with errors is refused (exit 1) unless --repair can fix them")
  func refusals() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = TestPaths.fixture("plan/repair.visit.yaml").path
    let target = folder.appendingPathComponent("out.yaml").path
    let refused = try CommandRunner.visitplan(["plan", broken, "-o", target])
    #expect(refused.status == 1)
    #expect(refused.standardError.contains("add --repair"))
    #expect(!FileManager.default.fileExists(atPath: target))
    let repaired = try CommandRunner.visitplan(["plan", broken, "--repair", "-o", target])
    #expect(repaired.status == 0, "\(repaired.standardError)")
    #expect(repaired.standardOutput.contains("(was: 18 June 11:30–12:30)"))
    #expect(try CommandRunner.visitplan(["check", target]).status == 0)
    let unknown = try CommandRunner.visitplan(
      ["plan", TestPaths.fixture("unknown-reference.visit.yaml").path, "--repair"])
    #expect(unknown.status == 1)
  }

  @Test("bad options and outputs: exit 2, one line, the input intact")
  func badUse() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("visit.yaml").path
    try FileManager.default.copyItem(atPath: wishes, toPath: copy)
    let original = try String(contentsOfFile: copy, encoding: .utf8)
    for arguments in [
      ["plan", copy, "-o", copy], ["plan", copy, "--time-limit", "soon"],
      ["plan", copy, "--time-limit", "-1s"], ["plan", copy, "-o", "x.yaml", "--in-place"],
      ["plan", copy, "-o", folder.path], ["plan", folder.appendingPathComponent("none").path],
    ] {
      let result = try CommandRunner.visitplan(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(!result.standardError.isEmpty)
      #expect(!result.standardError.contains("Fatal"))
    }
    #expect(try String(contentsOfFile: copy, encoding: .utf8) == original)
    // --in-place on a file in a folder it cannot write to.
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    let inside = locked.appendingPathComponent("visit.yaml").path
    try FileManager.default.copyItem(atPath: wishes, toPath: inside)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
    }
    if getuid() != 0 {
      let result = try CommandRunner.visitplan(["plan", inside, "--in-place"])
      #expect(result.status == 2)
    }
    #expect(try String(contentsOfFile: inside, encoding: .utf8) == original)
  }

  @Test("a visit where nothing can be placed still gets its explanation, not a crash")
  func nothingFits() throws {
    let file = TestPaths.fixture("plan/no-days.visit.yaml").path
    let result = try CommandRunner.visitplan(["plan", file])
    #expect(result.status == 1)
    #expect(
      result.standardError.contains("ошибка: событие «Беседа» не удаётся поставить в программу"))
    #expect(result.standardError.contains("у визита нет дат"))
    #expect(result.standardOutput.contains("Поставлено событий: 0 из 1"))
  }

  @Test(
    "killed while planning --in-place: the input is byte for byte as it was, nothing left behind")
  func killed() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let generator = TestPaths.root.appendingPathComponent("Benchmarks/plan/generate.py").path
    let made = try CommandRunner.run("/usr/bin/env", ["python3", generator, "300", "1"])
    #expect(made.status == 0)
    let file = folder.appendingPathComponent("forum.visit.yaml")
    try made.standardOutputData.write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandRunner.visitplanPath)
    process.arguments = ["plan", file.path, "--in-place", "--time-limit", "30s"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.0)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(try Data(contentsOf: file) == made.standardOutputData)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["forum.visit.yaml"])
  }

  @Test("--repair that cannot mend fixed events says so (exit 1) and writes nothing")
  func unrepairable() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.yaml").path
    let file = TestPaths.fixture("plan/unrepairable.visit.yaml").path
    let result = try CommandRunner.visitplan(["plan", file, "--repair", "-o", target])
    #expect(result.status == 1)
    #expect(result.standardError.contains("[person-overlap]"))
    #expect(result.standardError.contains("--repair could not mend these errors"))
    #expect(!FileManager.default.fileExists(atPath: target))
  }
}
