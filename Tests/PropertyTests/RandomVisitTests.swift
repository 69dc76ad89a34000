import Foundation
import PropertyBased
import Synchronization
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitReports
import VisitTestSupport
import VisitWorkbook
import VisitXLSX

/// Random visits — people, places, sites, days of events, agreements and
/// gifts, with names and titles drawn from the awkward texts real files and
/// fuzzers bring (control characters, `&G`, emoji, right-to-left, very long)
/// — go through everything a command does. Whatever the visit:
/// - loading and checking never fail (mistakes are diagnostics);
/// - the workbook is made, or refused with a typed `XLSXError` only when the
///   check found errors, and every workbook opens in openpyxl;
/// - every built-in template renders in both languages.
@Suite("Random visits through every command")
struct RandomVisitTests {
  /// Fragments texts are made of: ordinary Russian and English, and what
  /// breaks naive code.
  static let fragments = [
    "Встреча", "с главой", "города Липецка", "Meeting", "Mayor", "«Измалково»", " ", "&", "&G",
    "&[Picture]", "&&", "\u{1}", "\u{7}", "\u{FFFE}", "\u{FFFF}", "\t", "\n", "🇷🇺", "🤝🏽", "е\u{301}",
    "اجتماع", "=1+1", "@cmd", "\"", "'", "\\", "№ 119", "г.", "с.", "—", "#", ":", "- ", "{", "[",
    String(repeating: "Длинное ", count: 600), String(repeating: "&", count: 300),
  ]

  static let names = [
    "Жевлаков Сергей", "Жулинская Наталья Ивановна", "Иванов", "Ли Мин", "Helen Moore",
    "Кузнецов-Петров Иван", "\u{1}Б\u{7}", "Ӧ", String(repeating: "Иванов", count: 200) + " Иван",
  ]

  /// Texts as indices into `fragments`, so that shrinking makes them shorter.
  static let text = Gen.int(in: 0...(fragments.count - 1)).array(of: 1...4).map {
    (indices: [Int]) -> String in
    indices.map { fragments[$0] }.joined()
  }
  static let personName = Gen.int(in: 0...(names.count - 1)).map { (index: Int) -> String in
    names[index]
  }

  struct EventSpec: Sendable {
    var title: String
    var day: Int
    var start: Int
    var length: Int
    var site: Int
    var participants: [Int]
    var hasGift: Bool
  }

  static let event = zip(
    text, Gen.int(in: 0...3), Gen.int(in: -2...95), Gen.int(in: -4...40), Gen.int(in: -1...4),
    Gen.int(in: -3...7).array(of: 0...5), Gen.bool
  ).map {
    (
      title: String, day: Int, start: Int, length: Int, site: Int, participants: [Int],
      gift: Bool
    ) -> EventSpec in
    EventSpec(
      title: title, day: day, start: start, length: length, site: site,
      participants: participants, hasGift: gift)
  }

  struct VisitSpec: Sendable {
    var title: String
    var english: Bool
    var people: [PersonSpec]
    var sites: [String]
    var events: [EventSpec]
    var agreements: Int
    /// Every reference valid, no two events at once, no closed venue: a
    /// visit that can check clean, so that the promise about those holds.
    var isTidy: Bool
  }

  static let person = zip(personName, text, Gen.int(in: 0...3)).map {
    (name: String, position: String, side: Int) -> PersonSpec in
    PersonSpec(name: name, position: position, side: side)
  }

  struct PersonSpec: Sendable {
    var name: String
    var position: String
    var side: Int
  }

  static let visit = zip(
    text, Gen.bool, person.array(of: 0...6), text.array(of: 0...5), event.array(of: 0...25),
    Gen.int(in: 0...2), Gen.bool
  ).map {
    (
      title: String, english: Bool, people: [PersonSpec], sites: [String], events: [EventSpec],
      agreements: Int, isTidy: Bool
    ) -> VisitSpec in
    VisitSpec(
      title: title, english: english, people: people, sites: sites, events: events,
      agreements: agreements, isTidy: isTidy)
  }

  /// A YAML double-quoted scalar: every text reaches the loader as written.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += String(format: "\\x%02X", scalar.value)
      case _ where scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += String(format: "\\u%04X", scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func yaml(_ spec: VisitSpec) -> String {
    var lines = [
      "format: visitplan/1",
      "visit:",
      "  title: \(quoted(spec.title))",
      "  language: \(spec.english ? "en" : "ru")",
      "  timezone: Europe/Moscow",
      "  author: \(quoted(spec.title))",
      spec.people.isEmpty
        ? "  delegation: {name: делегация, from: home}"
        : "  delegation: {name: делегация, from: home, head: p0}",
      "  host: host",
      "organizations:",
      "  home: {name: \(quoted("Администрация " + spec.title))}",
      "  host: {name: Принимающая сторона, place: town}",
      "places:",
      "  town: {name: Липецк, kind: city, geo: [52.6, 39.6]}",
      "  village: {name: \(quoted(spec.title)), in: town, geo: [52.57, 38.28]}",
      "people:",
    ]
    let sides = ["delegation", "host", "guest", "delegation"]
    for (index, person) in spec.people.enumerated() {
      lines.append(
        "  p\(index): {name: \(quoted(person.name)), position: \(quoted(person.position)), "
          + "side: \(sides[person.side]), organization: \(person.side == 1 ? "host" : "home")}")
    }
    if spec.people.isEmpty { lines.removeLast() }
    lines.append("sites:")
    for (index, name) in spec.sites.enumerated() {
      lines.append(
        "  s\(index): {name: \(quoted(name)), place: \(index % 2 == 0 ? "town" : "village"), "
          + (spec.isTidy ? "" : "hours: \"Mon-Fri 09:00-18:00\", ")
          + "capacity: \(spec.isTidy ? 100 : index * 3)}")
    }
    if spec.sites.isEmpty { lines.removeLast() }
    lines.append("days:")
    for day in 0..<4 {
      lines.append("  - date: 2018-06-\(18 + day)")
      lines.append("    events:")
      let events = spec.events.enumerated().filter { $0.element.day == day }
      if events.isEmpty { lines[lines.count - 1] = "    events: []" }
      for (position, (index, event)) in events.enumerated() {
        var fields = ["id: e\(index)", "title: \(quoted(event.title))"]
        if spec.isTidy {
          // Back to back at one venue, half an hour each, from 09:00.
          let start = 9 * 60 + position * 35
          if start + 30 <= 21 * 60 {
            let time = { (minutes: Int) in String(format: "%02d:%02d", minutes / 60, minutes % 60) }
            fields.append("time: \(time(start))-\(time(start + 30))")
          }
          if !spec.sites.isEmpty { fields.append("site: s0") }
          let people =
            spec.people.isEmpty
            ? []
            : [
              event.participants.first.map {
                "p\(abs($0) % spec.people.count)"
              } ?? "p0"
            ]
          fields.append("participants: [\((people + ["host"]).joined(separator: ", "))]")
          lines.append("      - {\(fields.joined(separator: ", "))}")
          continue
        }
        if event.start >= 0 {
          let start = 8 * 60 + event.start * 10
          let end = start + event.length * 10
          let time = { (minutes: Int) in
            String(format: "%02d:%02d", min(24, max(0, minutes) / 60), max(0, minutes) % 60)
          }
          fields.append("time: \(time(start))-\(time(end))")
        }
        if event.site >= 0 && event.site < max(1, spec.sites.count + 1) {
          fields.append("site: s\(event.site)")
        }
        let participants = event.participants.map { number -> String in
          switch number {
          case -3: "delegation"
          case -2: "hosts"
          case -1: "host"
          default: "p\(number)"
          }
        }
        fields.append("participants: [\(participants.joined(separator: ", "))]")
        if event.hasGift {
          fields.append("gifts: [{item: \(quoted(event.title)), from: p0, to: host}]")
        }
        lines.append("      - {\(fields.joined(separator: ", "))}")
      }
    }
    if spec.agreements > 0 && !spec.isTidy {
      lines.append("agreements:")
      for index in 0..<spec.agreements {
        lines.append(
          "  a\(index): {title: \(quoted(spec.title)), parties: [home, host], "
            + "signatories: [p0], event: e0}")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("check, workbook and every report: only typed errors, and only for visits with errors")
  func throughEveryCommand() async throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let counter = Counter()
    let withoutErrors = Counter()
    await propertyCheck(count: 60, input: Self.visit) { spec in
      let text = Self.yaml(spec)
      let loaded = VisitLoader.load(text: text)
      let diagnostics = Checker().check(loaded)
      _ = TextDiagnosticPrinter(fileName: "random", language: .russian).render(diagnostics)
      #expect(loaded.isReadable, "\(loaded.diagnostics.map(\.message.english))\n\(text)")
      let hasErrors = DiagnosticSummary(diagnostics).errors > 0
      if !hasErrors { _ = withoutErrors.next() }
      for language in [Language.russian, .english] {
        do {
          let workbook = try OfficialWorkbook.make(
            loaded.visit, diagnostics: diagnostics, language: language)
          let path = folder.appendingPathComponent("\(counter.next()).xlsx").path
          try WorkbookWriter.write(workbook, to: path)
        } catch {
          #expect(hasErrors, "a visit without errors made no workbook: \(error)\n\(text)")
        }
        for template in BuiltInTemplates.names {
          do {
            _ = try Report.render(loaded.visit, template: .builtIn(template), language: language)
          } catch {
            Issue.record("\(template) (\(language)): \(error)\n\(text)")
          }
        }
      }
    }
    // Every workbook, read by an independent reader in one process.
    let script = """
      import glob, sys, openpyxl
      files = sorted(glob.glob(sys.argv[1] + '/*.xlsx'))
      for name in files:
          openpyxl.load_workbook(name)
      print(len(files))
      """
    let result = try CommandRunner.run("/usr/bin/env", ["python3", "-c", script, folder.path])
    #expect(result.status == 0, "\(result.standardError.suffix(2000))")
    #expect(Int(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 50)
    // The promise about error-free visits is tested only if there are some.
    #expect(withoutErrors.next() > 3)
  }
}

/// Numbers the workbooks of one run.
final class Counter: Sendable {
  private let value = Mutex(0)

  func next() -> Int {
    value.withLock {
      $0 += 1
      return $0
    }
  }
}
