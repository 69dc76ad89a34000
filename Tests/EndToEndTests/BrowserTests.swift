import Foundation
import Testing
import VisitTestSupport

/// The page, the live preview and the calendars as their users meet them:
/// in headless Chromium driven by Selenium, and read back by two
/// independent iCalendar parsers (Tests/Browser, Tests/Calendar).
///
/// `make test` installs Chromium, chromium-driver, Selenium, icalendar and
/// ical (scripts/setup.sh) and sets VISITPLAN_BROWSER_TESTS=required, so
/// there a missing piece fails the run; a bare `swift test` without them
/// skips these with the reason.
@Suite("In the browser and in calendar programs", .serialized, .timeLimit(.minutes(10)))
struct BrowserTests {
  static let required = ProcessInfo.processInfo.environment["VISITPLAN_BROWSER_TESTS"] == "required"

  static var available: Bool {
    required
      || (Self.python(["-c", "import selenium, icalendar, ical, yaml"])?.status == 0
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"))
  }

  static func python(_ arguments: [String]) -> CommandResult? {
    try? CommandRunner.run("/usr/bin/env", ["python3"] + arguments, timeout: 540)
  }

  func script(_ path: String) throws -> CommandResult {
    let out = try TestPaths.makeTemporaryFolder()
    let result = try CommandRunner.run(
      "/usr/bin/env",
      [
        "python3", TestPaths.root.appendingPathComponent(path).path,
        "--binary", CommandRunner.visitplanPath, "--root", TestPaths.root.path, "--out", out.path,
      ],
      environment: ["HOME": NSTemporaryDirectory()], timeout: 540)
    try? FileManager.default.removeItem(at: out)
    return result
  }

  @Test(
    "the page: blocks, red conflicts, hover text, a click, the filter, print",
    .enabled(if: available))
  func page() throws {
    let result = try script("Tests/Browser/page_test.py")
    #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
    #expect(result.standardOutput.contains("page in the browser: all passed"))
  }

  @Test(
    "serve: the page follows the file, only its own paths, stops on SIGINT", .enabled(if: available)
  )
  func serve() throws {
    let result = try script("Tests/Browser/serve_test.py")
    #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
    #expect(result.standardOutput.contains("serve in the browser: all passed"))
  }

  @Test(
    "calendars parse with icalendar and ical, at the right times, the same bytes twice",
    .enabled(if: available))
  func calendars() throws {
    let result = try script("Tests/Calendar/validate_calendars.py")
    #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
    #expect(result.standardOutput.contains("calendars: all passed"))
  }
}
