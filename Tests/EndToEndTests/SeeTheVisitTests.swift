import Foundation
import Testing
import VisitTestSupport

/// `page`, `calendar` and `serve` as a user runs them: files written,
/// refusals, exit statuses.
@Suite("visitplan page, calendar and serve", .timeLimit(.minutes(5)))
struct SeeTheVisitTests {
  let seed = TestPaths.seedProgramme.path
  let conflict = TestPaths.fixture("page/conflict.visit.yaml").path

  @Test("page writes one self-contained file, also for a visit with errors")
  func page() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("visit.html").path
    let result = try CommandRunner.visitplan(["page", seed, "-o", target])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: target, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"ru\">"))
    #expect(html.contains("<style>") && html.contains("<script>"))
    let english = try CommandRunner.visitplan(["page", conflict, "-o", "-", "--lang", "en"])
    #expect(english.status == 0)
    #expect(english.standardOutput.contains("1 error, 0 warnings, 0 notes"))
    // Two runs, the same bytes.
    let again = try CommandRunner.visitplan(["page", seed, "-o", "-"])
    #expect(again.standardOutput == html)
  }

  @Test("page refuses a folder, a missing file and its own input")
  func pageRefusals() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let intoFolder = try CommandRunner.visitplan(["page", seed, "-o", folder.path])
    #expect(intoFolder.status == 2)
    #expect(intoFolder.standardError.contains("visitplan:"))
    let missing = try CommandRunner.visitplan(["page", "/nonexistent.visit.yaml", "-o", "-"])
    #expect(missing.status == 2)
    let copy = folder.appendingPathComponent("copy.visit.yaml").path
    try FileManager.default.copyItem(atPath: seed, toPath: copy)
    let overInput = try CommandRunner.visitplan(["page", copy, "-o", copy])
    #expect(overInput.status == 2)
    #expect(
      try String(contentsOfFile: copy, encoding: .utf8)
        == String(contentsOfFile: seed, encoding: .utf8))
  }

  @Test("calendar: the visit, one person, one site, everyone into a folder")
  func calendar() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["SOURCE_DATE_EPOCH": "1764547200"]
    let whole = try CommandRunner.visitplan(
      ["calendar", seed, "-o", "-"], environment: environment)
    #expect(whole.status == 0, "\(whole.standardError)")
    #expect(whole.standardOutput.components(separatedBy: "BEGIN:VEVENT").count - 1 == 8)
    #expect(whole.standardOutput.contains("DTSTAMP:20251201T000000Z\r\n"))
    let kotov = try CommandRunner.visitplan(
      ["calendar", seed, "--person", "kotov", "-o", "-"], environment: environment)
    #expect(kotov.standardOutput.components(separatedBy: "BEGIN:VEVENT").count - 1 == 3)
    let site = try CommandRunner.visitplan(
      ["calendar", seed, "--site", "school-museum", "-o", "-"], environment: environment)
    #expect(site.standardOutput.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
    let out = folder.appendingPathComponent("calendars").path
    let all = try CommandRunner.visitplan(
      ["calendar", seed, "--all", "-o", out], environment: environment)
    #expect(all.status == 0, "\(all.standardError)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files.contains("kotov.ics") && files.contains("zhevlakov.ics"))
    #expect(all.standardError.contains("wrote \(files.count) calendars to \(out)"))
    // Koroleva takes part in nothing scheduled: said, and no file.
    #expect(!files.contains("korolev.ics"))
  }

  @Test("calendar: mistakes are said clearly")
  func calendarRefusals() throws {
    let typo = try CommandRunner.visitplan(["calendar", seed, "--person", "kotv", "-o", "-"])
    #expect(typo.status == 2)
    #expect(typo.standardError.contains(#"no person "kotv""#))
    #expect(typo.standardError.contains(#"did you mean "kotov"?"#))
    let both = try CommandRunner.visitplan([
      "calendar", seed, "--person", "kotov", "--all", "-o", "x",
    ])
    #expect(both.status == 2)
    let allToStdout = try CommandRunner.visitplan(["calendar", seed, "--all", "-o", "-"])
    #expect(allToStdout.status == 2)
    #expect(allToStdout.standardError.contains("--all writes one file per person into a folder"))
    let badStamp = try CommandRunner.visitplan(
      ["calendar", seed, "-o", "-"], environment: ["SOURCE_DATE_EPOCH": "soon"])
    #expect(badStamp.status == 2)
    #expect(badStamp.standardError.contains("SOURCE_DATE_EPOCH"))
    let account = TestPaths.seedAccount.path
    let leftOut = try CommandRunner.visitplan(["calendar", account, "-o", "-", "--allow-errors"])
    #expect(
      leftOut.standardError.contains(
        "has no time yet and is left out of the calendar [unscheduled]"))
  }

  @Test("serve refuses a non-loopback address and a port in use; stops on SIGINT with 0")
  func serve() throws {
    let remote = try CommandRunner.visitplan(["serve", seed, "--host", "0.0.0.0"])
    #expect(remote.status == 2)
    #expect(remote.standardError.contains("--allow-remote"))
    let badPort = try CommandRunner.visitplan(["serve", seed, "--port", "70000"])
    #expect(badPort.status == 2)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandRunner.visitplanPath)
    process.arguments = ["serve", seed, "--port", "0"]
    process.environment = ["LANG": "C.UTF-8"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    var said = Data()
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, !String(decoding: said, as: UTF8.self).contains("\n") {
      said.append(errors.fileHandleForReading.availableData)
    }
    let line = String(decoding: said, as: UTF8.self)
    #expect(line.contains("serving the page at http://127.0.0.1:"))
    let port = try #require(
      line.split(separator: ":").dropFirst(2).first.flatMap { Int($0.prefix { $0.isNumber }) })
    // A second server on the same port cannot listen.
    let second = try CommandRunner.visitplan(["serve", seed, "--port", String(port)], timeout: 20)
    #expect(second.status == 2)
    #expect(second.standardError.contains("cannot listen on 127.0.0.1 port \(port)"))
    kill(process.processIdentifier, SIGINT)
    let stopBy = Date().addingTimeInterval(10)
    while process.isRunning && Date() < stopBy { usleep(20_000) }
    #expect(!process.isRunning)
    if !process.isRunning {
      #expect(process.terminationStatus == 0)
    }
  }
}
