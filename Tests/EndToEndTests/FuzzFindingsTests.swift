import Foundation
import Testing
import VisitTestSupport

/// Every finding of the fuzzing campaign (issue 8, `../shared/repro/`), as the
/// user met it: the binary, its exit status, its messages and the files left
/// behind. Small reproducers are in `Tests/Fixtures/fuzz/` (and seed the
/// fuzzer); large ones are generated here. None may crash: a status above
/// 128 is a signal.
@Suite("Fuzz findings stay fixed", .timeLimit(.minutes(10)))
struct FuzzFindingsTests {
  static func fixture(_ name: String) -> String {
    TestPaths.fixture("fuzz/\(name).visit.yaml").path
  }

  /// Runs a shell command line with `$V` set to the binary, in `folder`.
  static func shell(_ script: String, in folder: URL, environment: [String: String] = [:]) throws
    -> CommandResult
  {
    var environment = environment
    environment["V"] = CommandRunner.visitplanPath
    return try CommandRunner.run(
      "/bin/sh", ["-c", script], environment: environment, currentDirectory: folder)
  }

  static func contents(of folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// Writes a file into `folder` and returns its path.
  static func write(_ text: String, name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  // MARK: Crashes

  @Test(
    "report -o with a one-character or dot path: written, or refused as a folder",
    arguments: ["a", "é", "~", ".", "./", "b/"])
  func shortOutputPaths(path: String) throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.visitplan(
      ["report", Self.fixture("minimal"), "-o", path], currentDirectory: folder)
    if path.hasSuffix("/") || path == "." {
      #expect(result.status == 2, "\(result.standardError)")
      #expect(result.standardError.contains("is a folder"), "\(result.standardError)")
      #expect(try Self.contents(of: folder).isEmpty)
    } else {
      #expect(result.status == 0, "\(result.standardError)")
      #expect(try Self.contents(of: folder) == [path])
      let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
      #expect(text.contains("Minimal visit") || !text.isEmpty)
    }
  }

  @Test("export -o - to a full or closed standard output: exit 2, a message, nothing left")
  func exportToBadStandardOutput() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let file = Self.fixture("minimal")
    for redirect in ["> /dev/full", ">&-"] {
      let result = try Self.shell(
        "\"$V\" export '\(file)' -o - \(redirect)", in: folder,
        environment: ["TMPDIR": temporary.path])
      #expect(result.status == 2, "\(redirect): \(result.standardError)")
      #expect(
        result.standardError.contains("cannot write to standard output"),
        "\(redirect): \(result.standardError)")
      #expect(!result.standardError.contains("NSCocoaErrorDomain"))
      #expect(try Self.contents(of: temporary).isEmpty, "\(redirect)")
    }
  }

  @Test(
    "SOURCE_DATE_EPOCH out of range or not a number: exit 2 before anything is made",
    arguments: [
      "9223372036854775807", "-9223372036854775808", "253402300800", "-62135596801", "1.5",
      "abc",
    ])
  func badSourceDateEpoch(value: String) throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.visitplan(
      ["export", Self.fixture("minimal"), "-o", "out.xlsx"],
      environment: ["SOURCE_DATE_EPOCH": value], currentDirectory: folder)
    #expect(result.status == 2, "\(result.standardError)")
    #expect(result.standardError.contains("SOURCE_DATE_EPOCH"))
    #expect(try Self.contents(of: folder).isEmpty)
  }

  @Test("SOURCE_DATE_EPOCH at the ends of the range is recorded as given")
  func sourceDateEpochBounds() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // 0 is recorded as 00:00:01: libxlsxwriter would put the current time.
    for (value, date) in [("253402300799", "9999-12-31T23:59:59"), ("0", "1970-01-01T00:00:01")] {
      let result = try CommandRunner.visitplan(
        ["export", Self.fixture("minimal"), "-o", "out.xlsx"],
        environment: ["SOURCE_DATE_EPOCH": value], currentDirectory: folder)
      #expect(result.status == 0, "\(result.standardError)")
      let book = try XLSXInspection(path: folder.appendingPathComponent("out.xlsx").path)
      #expect((book.properties["created"] as? String)?.hasPrefix(date) == true)
    }
  }

  @Test(
    "titles with Excel's header codes and ampersands: the workbook opens and shows them",
    arguments: [
      ("title-amp-G", "&&G"), ("title-200-amp", String(repeating: "&&", count: 99) + "…"),
    ])
  func headerCodes(name: String, shown: String) throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.visitplan(
      ["export", Self.fixture(name), "-o", "out.xlsx"], currentDirectory: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let book = try XLSXInspection(path: folder.appendingPathComponent("out.xlsx").path)
    // openpyxl undoes "&&"; the invisible joiner keeps libxlsxwriter off "&G".
    let header = (book.sheets.first?["header"] as? String) ?? ""
    #expect(
      header.replacingOccurrences(of: "\u{2060}", with: "").hasPrefix(String(shown.prefix(40))))
    #expect(try Self.contents(of: folder) == ["out.xlsx"])
  }

  @Test("&[Picture] in a title is text, not a picture placeholder")
  func pictureCode() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(
      "format: visitplan/1\nvisit: {title: \"Встреча &[Picture] &G &&G\", timezone: UTC}\n",
      name: "picture.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(
      ["export", file, "-o", "out.xlsx"], currentDirectory: folder)
    #expect(result.status == 0, "\(result.standardError)")
    let book = try XLSXInspection(path: folder.appendingPathComponent("out.xlsx").path)
    #expect(book.properties["title"] as? String == "Встреча &[Picture] &G &&G")
  }

  @Test(
    "absurd travel settings are invalid values, not a trap in the estimate",
    arguments: ["speed-kmh: 1e-20", "road-factor: 1e300", "speed-kmh: 0", "road-factor: 0.5"])
  func absurdSettings(setting: String) throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOfFile: Self.fixture("speed-tiny"), encoding: .utf8)
      .replacingOccurrences(of: "speed-kmh: 1e-20", with: setting)
    let file = try Self.write(text, name: "settings.visit.yaml", in: folder)
    let check = try CommandRunner.visitplan(["check", file], currentDirectory: folder)
    #expect(check.status == 1, "\(check.standardError)")
    #expect(check.standardOutput.contains("[invalid-value]"))
    let report = try CommandRunner.visitplan(
      ["report", file, "--allow-errors"], currentDirectory: folder)
    #expect(report.status == 0, "\(report.standardError)")
    #expect(report.standardError.contains("[invalid-value]"))
  }

  // MARK: Workbooks other programs refuse

  @Test(
    "control characters and noncharacters in any text: a workbook openpyxl opens",
    arguments: ["purpose-control-char", "title-noncharacter"])
  func invalidXMLCharacters(name: String) throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.visitplan(
      ["export", Self.fixture(name), "-o", "out.xlsx"], currentDirectory: folder)
    #expect(result.status == 0, "\(result.standardError)")
    _ = try XLSXInspection(path: folder.appendingPathComponent("out.xlsx").path)
  }

  @Test("a control character in the title, the author and an event: the workbook opens")
  func controlCharactersEverywhere() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.write(
      """
      format: visitplan/1
      visit: {title: "T\\x02", author: "A\\x1F\\uFFFF", purpose: "P\\x01", timezone: UTC}
      people: {p: {name: "Иванов\\x07 Иван"}}
      places: {a: {name: "A\\uFFFE"}}
      sites: {s: {name: "S\\x0B", place: a}}
      days:
        - date: 2018-06-19
          events: [{title: "E\\x03", time: 10:00-11:00, site: s, participants: [p]}]
      """, name: "controls.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(
      ["export", file, "-o", "out.xlsx", "--allow-errors"], currentDirectory: folder)
    #expect(result.status == 0, "\(result.standardError)")
    let book = try XLSXInspection(path: folder.appendingPathComponent("out.xlsx").path)
    #expect(book.properties["title"] as? String == "T")
  }

  // MARK: Targets that are not plain files

  @Test("a FIFO is written to and stays a FIFO")
  func fifoTarget() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = Self.fixture("minimal")
    for command in ["export '\(file)' -o pipe", "report '\(file)' -o pipe"] {
      let result = try Self.shell(
        "rm -f pipe; mkfifo pipe && (cat pipe > received &) && \"$V\" \(command); status=$?; "
          + "sleep 0.3; test -p pipe && echo still-a-fifo; wc -c < received; exit $status",
        in: folder)
      #expect(result.status == 0, "\(command): \(result.standardError)")
      #expect(result.standardOutput.contains("still-a-fifo"), "\(command)")
      let received = Int(result.standardOutput.split(separator: "\n").last ?? "") ?? 0
      #expect(received > 50, "\(command): \(result.standardOutput)")
    }
  }

  /// Runs the binary so that, should it ever regress to replacing its
  /// target, it cannot replace the machine's own devices: as root, through
  /// `setpriv` as nobody, who may not rename anything in /dev (a root run of
  /// the old binary did replace /dev/null, /dev/full and /dev/stdout).
  static func unprivileged(_ arguments: [String], in folder: URL) throws -> CommandResult {
    guard geteuid() == 0 else {
      return try CommandRunner.visitplan(arguments, currentDirectory: folder)
    }
    return try CommandRunner.run(
      "/usr/bin/setpriv",
      ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.visitplanPath]
        + arguments, currentDirectory: folder)
  }

  @Test("/dev/null and /dev/stdout are written to, never replaced; a full device is exit 2")
  func deviceTargets() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = Self.fixture("minimal")
    for command in ["export", "report"] {
      let result = try Self.unprivileged([command, file, "-o", "/dev/null"], in: folder)
      #expect(result.status == 0, "\(command) /dev/null: \(result.standardError)")
    }
    let stdout = try Self.unprivileged(["report", file, "-o", "/dev/stdout"], in: folder)
    #expect(stdout.status == 0)
    #expect(stdout.standardOutput.contains("Minimal visit") || !stdout.standardOutput.isEmpty)
    let full = try Self.unprivileged(["export", file, "-o", "/dev/full"], in: folder)
    #expect(full.status == 2)
    #expect(full.standardError.contains("No space left on device"))
    for device in ["/dev/null", "/dev/full"] {
      var status = stat()
      #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "\(device)")
    }
    if geteuid() == 0 {
      // As root, device nodes of our own, as the campaign made one.
      let node = try Self.shell(
        "mknod full c 1 7 && mknod null c 1 3 && \"$V\" report '\(file)' -o full; s=$?; "
          + "\"$V\" export '\(file)' -o null && test -c full && test -c null && echo char; exit $s",
        in: folder)
      #expect(node.status == 2, "\(node.standardError)")
      #expect(node.standardOutput.contains("char"))
    }
  }

  @Test("a folder, with or without a slash, is refused with exit 2")
  func folderTarget() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    for path in ["out", "out/", folder.path] {
      let result = try CommandRunner.visitplan(
        ["export", Self.fixture("minimal"), "-o", path], currentDirectory: folder)
      #expect(result.status == 2, "\(path)")
      #expect(result.standardError.contains("is a folder"), "\(result.standardError)")
    }
  }

  @Test("a symbolic link to a file: the file is replaced, the link stays")
  func symbolicLink() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Self.shell(
      "echo old > real.txt && chmod 640 real.txt && ln -s real.txt link.txt && "
        + "\"$V\" report '\(Self.fixture("minimal"))' -o link.txt && test -L link.txt && "
        + "stat -c %a real.txt && grep -c . real.txt", in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("640\n"), "\(result.standardOutput)")
    #expect(try Self.contents(of: folder) == ["link.txt", "real.txt"])
  }

  @Test("a run killed with SIGKILL while writing leaves no temporary file")
  func killedRun() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("forum.visit.yaml").path
    let generator = TestPaths.root.appendingPathComponent("Benchmarks/generate_visit.py").path
    let generated = try CommandRunner.run(
      "/usr/bin/env", ["python3", generator, "--events", "20000", "--people", "2000", "-o", path])
    try #require(generated.status == 0, "\(generated.standardError)")
    for (command, delay) in [("export", "1.5"), ("report", "1.5"), ("export", "3")] {
      let result = try Self.shell(
        "\"$V\" \(command) forum.visit.yaml -o out.bin & pid=$!; sleep \(delay); "
          + "kill -9 $pid; wait $pid; true", in: folder)
      #expect(result.status == 0)
      let left = try Self.contents(of: folder).filter {
        $0 != "forum.visit.yaml" && $0 != "out.bin"
      }
      #expect(left.isEmpty, "\(command) after \(delay) s: \(left)")
    }
  }

  // MARK: Hangs and floods

  @Test("1000 events at one time for one person at one site: two diagnostics, not a million")
  func overlapCluster() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = """
      format: visitplan/1
      visit: {title: T, timezone: Europe/Moscow}
      people: {p: {name: Гостев Иван}}
      places: {a: {name: A}}
      sites: {s: {name: S, place: a}}
      days:
      - date: 2018-06-19
        events:

      """
    for index in 0..<1000 {
      text += "  - {title: E\(index), time: 10:00-11:00, site: s, participants: [p]}\n"
    }
    let file = try Self.write(text, name: "overlap.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(["check", file, "--format", "json"])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("\"errors\":2,"))
    #expect(result.standardOutput.contains("\"person-overlap\""))
    #expect(result.standardOutput.contains("\"site-overlap\""))
    let text2 = try CommandRunner.visitplan(["check", file])
    #expect(text2.standardOutput.contains("takes part in 1000 events at once"))
    #expect(text2.standardOutput.split(separator: "\n").count == 13)
  }

  @Test("2000 unknown references: each reported, a limit on suggestions, a capped listing")
  func manyUnknownReferences() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "format: visitplan/1\nvisit: {title: T, timezone: Europe/Moscow}\n"
    text += "days:\n- date: 2018-06-19\n  events:\n"
    for index in 0..<2000 { text += "  - {title: E\(index)}\n" }
    text += "  - {title: Last, after: ["
    text += (5000..<7000).map { "'2018-06-19#\($0)'" }.joined(separator: ", ") + "]}\n"
    let file = try Self.write(text, name: "refs.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(["check", file, "--format", "json"])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("\"omitted\":"))
    let all = try CommandRunner.visitplan(["check", file, "--max-diagnostics", "0"])
    let unknown = all.standardOutput.split(separator: "\n").filter {
      $0.hasSuffix("[unknown-reference]")
    }
    #expect(unknown.count == 2000)
    #expect(unknown.filter { $0.contains("did you mean") }.count <= 100)
    let capped = try CommandRunner.visitplan(["check", file])
    #expect(capped.standardOutput.contains("more (--max-diagnostics 0 prints all)"))
  }

  @Test("a long title aliased thousands of times is refused at the alias, before any work")
  func aliasedLongTitle() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "format: visitplan/1\nvisit: {title: T, timezone: Europe/Moscow}\nunscheduled:\n"
    text += "  - {title: &t '\(String(repeating: "Т", count: 50_000))'}\n"
    for _ in 0..<2000 { text += "  - {title: *t}\n" }
    let file = try Self.write(text, name: "alias.visit.yaml", in: folder)
    for command in [
      ["check", file], ["report", file, "--template", "programme", "--allow-errors"],
    ] {
      let result = try CommandRunner.visitplan(command)
      #expect(result.status == 1, "\(command)")
      #expect(
        (result.standardOutput + result.standardError).contains("repeat more than"),
        "\(command): \(result.standardError)")
    }
  }

  @Test("300 repeated keys in a 990 KB file are reported in one pass")
  func repeatedKeys() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "format: visitplan/1\nvisit: {title: T, timezone: Europe/Moscow}\n"
    for _ in 0..<300 { text += "x-a: 1\n" }
    text += "x-padding: \"\(String(repeating: "x", count: 985_000))\"\n"
    let file = try Self.write(text, name: "keys.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(["check", file, "--max-diagnostics", "0"])
    #expect(result.status == 1)
    #expect(result.standardOutput.hasSuffix("299 errors, 0 warnings, 0 notes\n"))
  }

  @Test("a title of 25,000 flags: the report is written, the title whole")
  func flagTitle() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let flags = String(repeating: "🇷🇺", count: 25_000)
    let file = try Self.write(
      """
      format: visitplan/1
      visit: {title: T, timezone: Europe/Moscow}
      people: {a: {name: Аов Иван}}
      places: {town: {name: Town}}
      sites: {hall: {name: Зал, place: town}}
      days:
      - date: 2018-06-19
        events:
        - {title: '\(flags)', time: 10:00-11:00, site: hall, participants: [a]}
      """, name: "flags.visit.yaml", in: folder)
    let result = try CommandRunner.visitplan(["report", file, "--template", "report"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains(String(repeating: "🇷🇺", count: 100)))
  }

  // MARK: Quiet failures

  @Test("check, report and schema on a full standard output: exit 2 with a message")
  func fullStandardOutput() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = Self.fixture("minimal")
    for command in ["check '\(file)'", "report '\(file)'", "schema", "templates", "--help"] {
      let result = try Self.shell("\"$V\" \(command) > /dev/full", in: folder)
      #expect(result.status == 2, "\(command)")
      #expect(result.standardError.contains("No space left on device"), "\(command)")
    }
  }

  @Test("a reader that goes away: no SIGPIPE, a quiet exit 2")
  func brokenPipe() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "format: visitplan/1\nvisit: {title: T, timezone: Europe/Moscow}\n"
    for index in 0..<3000 { text += "x\(index)y: 1\n" }
    let file = try Self.write(text, name: "many.visit.yaml", in: folder)
    let bash = try CommandRunner.run(
      "/bin/bash",
      [
        "-c",
        "\"$V\" check '\(file)' --max-diagnostics 0 2> err | head -c 10 > /dev/null; "
          + "echo \"${PIPESTATUS[0]}\"; wc -c < err",
      ], environment: ["V": CommandRunner.visitplanPath], currentDirectory: folder)
    let lines = bash.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "2", "\(bash.standardOutput)")
    #expect(lines.last?.trimmingCharacters(in: .whitespaces) == "0", "\(bash.standardOutput)")
  }

  @Test("the environment cannot crash a command: odd locales, TMPDIR, COLUMNS, NO_COLOR")
  func environment() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = Self.fixture("minimal")
    let environments: [[String: String]] = [
      ["LANG": "xx_YY.UTF-8"], ["LC_ALL": "ru_RU.KOI8-R"], ["LANG": ""], ["LC_ALL": "\u{1}"],
      ["COLUMNS": "-5"], ["COLUMNS": "99999999999999999999"], ["NO_COLOR": "1"],
      ["TERM": "dumb"],
    ]
    for environment in environments {
      for command in [["check", file], ["report", file], ["--help"], ["check", "--help"]] {
        let result = try CommandRunner.visitplan(
          command, environment: environment, currentDirectory: folder)
        #expect(result.status == 0, "\(environment) \(command): \(result.standardError)")
      }
    }
    let badTemporary = try CommandRunner.visitplan(
      ["export", file, "-o", "-"], environment: ["TMPDIR": "/no/such/folder"],
      currentDirectory: folder)
    #expect(badTemporary.status == 2)
    #expect(badTemporary.standardError.contains("TMPDIR"))
  }

  @Test("a visit read from a pipe or a device: read to its end, or refused past 256 MB")
  func inputDevices() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let piped = try Self.shell(
      "cat '\(Self.fixture("minimal"))' | \"$V\" check /dev/stdin", in: folder)
    #expect(piped.status == 0, "\(piped.standardError)")
    #expect(piped.standardOutput == "0 errors, 0 warnings, 0 notes\n")
    let endless = try CommandRunner.visitplan(["check", "/dev/zero"])
    #expect(endless.status == 2)
    #expect(endless.standardError.contains("larger than 256 MB"))
    let empty = try CommandRunner.visitplan(["check", "/dev/null"])
    #expect(empty.status == 1)
    #expect(empty.standardOutput.contains("[format-version]"))
  }

  @Test("the fuzz target replays the seeds and every past finding without a crash")
  func replayFindings() throws {
    let replay = URL(fileURLWithPath: CommandRunner.visitplanPath)
      .deletingLastPathComponent().appendingPathComponent("visitplan-fuzz").path
    try #require(FileManager.default.isExecutableFile(atPath: replay), "build visitplan-fuzz")
    let result = try CommandRunner.run(
      replay,
      [
        TestPaths.root.appendingPathComponent("Tests/Fixtures/fuzz").path,
        TestPaths.root.appendingPathComponent("seeds").path,
      ], timeout: 300)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("replayed "))
  }
}
