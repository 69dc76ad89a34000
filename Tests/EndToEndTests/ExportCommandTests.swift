import Foundation
import Testing
import VisitTestSupport

/// `visitplan export` as a user runs it.
@Suite("visitplan export", .timeLimit(.minutes(5)))
struct ExportCommandTests {
  let seed = TestPaths.seedProgramme.path

  func folder() throws -> URL { try TestPaths.makeTemporaryFolder() }

  @Test("the seed programme: exit 0, one file, nothing else left in the folder, nothing on stderr")
  func seedProgramme() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let target = out.appendingPathComponent("programme.xlsx").path
    let result = try CommandRunner.visitplan(["export", seed, "-o", target])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["programme.xlsx"])
    let book = try XLSXInspection(path: target)
    #expect(book.sheetNames.first == "Программа")
  }

  @Test("two exports are byte-identical, and one under a Russian locale is identical too")
  func reproducible() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let paths = ["a", "b", "ru"].map { out.appendingPathComponent("\($0).xlsx").path }
    let firstPath = try #require(paths.first)
    #expect(try CommandRunner.visitplan(["export", seed, "-o", firstPath]).status == 0)
    try #require(paths.count > 1)
    #expect(try CommandRunner.visitplan(["export", seed, "-o", paths[1]]).status == 0)
    try #require(paths.count > 2)
    let russian = try CommandRunner.visitplan(
      ["export", seed, "-o", paths[2]], environment: ["LC_ALL": "ru_RU.UTF-8"])
    #expect(russian.status == 0, "\(russian.standardError)")
    let bytes = paths.map { FileManager.default.contents(atPath: $0) }
    let firstBytes = try #require(bytes.first)
    try #require(bytes.count > 1)
    #expect(firstBytes != nil && firstBytes == bytes[1])
    try #require(bytes.count > 2)
    #expect(firstBytes == bytes[2])
    _ = try XLSXInspection(path: paths[2])
  }

  @Test("SOURCE_DATE_EPOCH sets the recorded creation time")
  func sourceDateEpoch() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let target = out.appendingPathComponent("x.xlsx").path
    let result = try CommandRunner.visitplan(
      ["export", seed, "-o", target], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    #expect(result.status == 0)
    #expect(
      try XLSXInspection(path: target).properties["created"] as? String == "2023-11-14T22:13:20")
  }

  @Test("an unwritable destination: exit 2, one clear line, no file anywhere")
  func unwritable() throws {
    let missing = try CommandRunner.visitplan(["export", seed, "-o", "/no/such/folder/x.xlsx"])
    #expect(missing.status == 2)
    #expect(
      missing.standardError.hasPrefix(
        "visitplan: /no/such/folder/x.xlsx: cannot write the workbook"))
    #expect(missing.standardError.split(separator: "\n").count == 1)
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out.path)
    let target = out.appendingPathComponent("x.xlsx").path
    let result: CommandResult
    if geteuid() == 0 {
      result = try CommandRunner.run(
        "/usr/bin/setpriv",
        [
          "--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.visitplanPath, "export",
          seed, "-o", target,
        ])
    } else {
      result = try CommandRunner.visitplan(["export", seed, "-o", target])
    }
    #expect(result.status == 2)
    #expect(result.standardError.contains("Permission denied"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test("it never writes over its input")
  func input() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let copy = out.appendingPathComponent("visit.visit.yaml")
    try FileManager.default.copyItem(at: TestPaths.seedProgramme, to: copy)
    let before = FileManager.default.contents(atPath: copy.path)
    let result = try CommandRunner.visitplan(["export", copy.path, "-o", copy.path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("is the visit file itself"))
    #expect(FileManager.default.contents(atPath: copy.path) == before)
  }

  @Test(
    "errors stop the export (exit 1, diagnostics on stderr, no file); --allow-errors lists them in the workbook"
  )
  func errors() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let target = out.appendingPathComponent("x.xlsx").path
    let broken = TestPaths.fixture("unknown-reference.visit.yaml").path
    let stopped = try CommandRunner.visitplan(["export", broken, "-o", target, "--lang", "en"])
    #expect(stopped.status == 1)
    #expect(stopped.standardError.contains("[unknown-reference]"))
    #expect(stopped.standardError.contains("no workbook written"))
    #expect(!FileManager.default.fileExists(atPath: target))
    let allowed = try CommandRunner.visitplan(["export", broken, "-o", target, "--allow-errors"])
    #expect(allowed.status == 0)
    let book = try XLSXInspection(path: target)
    #expect(book.sheetNames.last == "Проверка")
    #expect(book.cell("Проверка", "B2")?["value"] as? String == "ошибка")
  }

  @Test("warnings are printed and do not stop it; --lang en gives the English workbook")
  func warnings() throws {
    let out = try folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let target = out.appendingPathComponent("x.xlsx").path
    let result = try CommandRunner.visitplan(
      ["export", TestPaths.seedAccount.path, "-o", target, "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.standardError.contains("warning:"))
    #expect(!result.standardError.contains("[unscheduled]"))
    #expect(try XLSXInspection(path: target).sheetNames.first == "Programme")
  }

  @Test("-o - writes the workbook to standard output")
  func standardOutput() throws {
    let result = try CommandRunner.visitplan(["export", seed, "-o", "-"])
    #expect(result.status == 0)
    #expect(result.standardOutputData.starts(with: Array("PK".utf8)))
    #expect(result.standardOutputData.count > 10_000)
  }
}
