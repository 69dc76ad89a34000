import Foundation
import Testing
import VisitTestSupport

/// Hostile and huge files through the real binary: a diagnostic and the right
/// exit status, never a crash or a hang.
@Suite("Hostile input through the binary", .timeLimit(.minutes(5)))
struct HostileInputTests {
  func write(_ bytes: [UInt8], name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test("empty, list, scalar, garbage, invalid UTF-8: exit 1 and one diagnostic each")
  func smallHostileFiles() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var generator = SystemRandomNumberGenerator()
    let cases: [(String, [UInt8], String)] = [
      ("empty", [], "format-version"),
      ("list", Array("- a\n- b\n".utf8), "invalid-value"),
      ("scalar", Array("hello\n".utf8), "invalid-value"),
      (
        "garbage", (0..<2000).map { _ in UInt8.random(in: 128...255, using: &generator) },
        "yaml-syntax"
      ),
      (
        "latin1", Array("format: visitplan/1\nvisit: {title: Caf".utf8) + [0xE9, 0x7D],
        "yaml-syntax"
      ),
    ]
    for (name, bytes, rule) in cases {
      let path = try write(bytes, name: name, in: folder)
      let result = try CommandRunner.visitplan(["check", path])
      #expect(result.status == 1, "\(name)")
      #expect(result.standardOutput.contains("[\(rule)]"), "\(name): \(result.standardOutput)")
      #expect(result.standardOutput.split(separator: "\n").count == 2, "\(name)")
      #expect(result.standardError.isEmpty, "\(name)")
    }
  }

  @Test("an alias bomb and 100,000 levels of nesting are refused")
  func bombs() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var lines = [
      "format: visitplan/1", "visit: {title: T, timezone: UTC}",
      "x-a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]",
    ]
    let names = Array("abcdefghi").map(String.init)
    for (previous, name) in zip(names, names.dropFirst()) {
      lines.append(
        "x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
          + "]")
    }
    let bomb = try write(Array(lines.joined(separator: "\n").utf8), name: "bomb.yaml", in: folder)
    let bombResult = try CommandRunner.visitplan(["check", bomb])
    #expect(bombResult.status == 1)
    #expect(bombResult.standardOutput.contains("aliases"))
    let deep = try write(
      Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8),
      name: "deep.yaml", in: folder)
    let deepResult = try CommandRunner.visitplan(["check", deep])
    #expect(deepResult.status == 1)
    #expect(deepResult.standardOutput.contains("1000 levels"))
    #expect(deepResult.standardOutput.count < 2000)
  }

  @Test("a BOM and CRLF line ends: the seed programme checks the same")
  func bomAndCRLF() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOf: TestPaths.seedProgramme, encoding: .utf8)
    let crlf = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let path = try write(crlf, name: "windows.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(["check", path])
    #expect(result.status == 0)
    #expect(result.standardOutput == "0 errors, 0 warnings, 0 notes\n")
  }

  @Test("a 50 MB visit file is checked, not refused or crashed on")
  func fiftyMegabytes() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("forum.visit.yaml").path
    let generator = TestPaths.root.appendingPathComponent("Benchmarks/generate_visit.py").path
    let generated = try CommandRunner.run(
      "/usr/bin/env", ["python3", generator, "--events", "250000", "--people", "20000", "-o", path])
    try #require(generated.status == 0, "\(generated.standardError)")
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(size >= 50_000_000)
    let result = try CommandRunner.visitplan(["check", path], timeout: 280)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasSuffix("0 errors, 0 warnings, 0 notes\n"))
    #expect(result.standardError.isEmpty)
  }
}
