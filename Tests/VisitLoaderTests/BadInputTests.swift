import Foundation
import Testing
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

/// Whatever bytes arrive, the loader answers with a diagnostic, never a crash
/// or a hang. (Speed is measured by Benchmarks/, not asserted here; the time
/// limits only stop a hang from blocking the suite.)
@Suite("Bad input", .timeLimit(.minutes(2)))
struct BadInputTests {
  private func load(_ bytes: [UInt8]) -> LoadedVisit { VisitLoader.load(bytes: bytes) }
  private func load(_ text: String) -> LoadedVisit { VisitLoader.load(bytes: Array(text.utf8)) }

  @Test("an empty file, or one of only comments and blank lines")
  func empty() throws {
    for text in ["", "\n\n", "# only a comment\n", "   "] {
      let loaded = load(text)
      #expect(positions(loaded) == [Spot("format-version", 1, 1)])
      let firstDiagnostic = try #require(loaded.diagnostics.first)
      #expect(firstDiagnostic.message.english.contains("empty"))
    }
  }

  @Test("a file that is a list or a single value")
  func notAMapping() throws {
    for text in ["- a\n- b\n", "just some words\n", "42\n", "[1, 2]\n"] {
      let loaded = load(text)
      #expect(positions(loaded) == [Spot("invalid-value", 1, 1)], "\(text)")
      let firstDiagnostic = try #require(loaded.diagnostics.first)
      #expect(firstDiagnostic.message.english.contains("mapping of sections"))
    }
  }

  @Test("binary garbage is not UTF-8, and says so")
  func binaryGarbage() throws {
    var generator = SeededGenerator(seed: 7)
    let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let loaded = load(bytes)
    #expect(loaded.diagnostics.count == 1)
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.rule == .yamlSyntax)
    #expect(firstDiagnostic.message.english.contains("UTF-8"))
  }

  @Test("control characters in valid UTF-8 are pointed at")
  func controlCharacters() throws {
    let loaded = load("format: visitplan/1\nvisit:\n  title: a\u{01}b\n")
    #expect(positions(loaded) == [Spot("yaml-syntax", 3, 11)])
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.message.english.contains("U+0001"))
    let withNul = load(Array("format: visitplan/1\n".utf8) + [0, 0, 0])
    #expect(withNul.diagnostics.map(\.rule) == [.yamlSyntax])
  }

  @Test("invalid UTF-8 is reported at the first bad byte")
  func invalidUTF8() throws {
    // "Caf\xE9" is Latin-1, not UTF-8.
    let bytes = Array("format: visitplan/1\nvisit:\n  title: Caf".utf8) + [0xE9] + Array("\n".utf8)
    let loaded = load(bytes)
    #expect(positions(loaded) == [Spot("yaml-syntax", 3, 13)])
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.message.russian.contains("UTF-8"))
    // Overlong encodings and surrogates are invalid too.
    let overlong = try #require(load([0xC0, 0xAF]).diagnostics.first)
    #expect(overlong.rule == .yamlSyntax)
    let surrogate = try #require(load([0xED, 0xA0, 0x80]).diagnostics.first)
    #expect(surrogate.rule == .yamlSyntax)
  }

  @Test("a byte-order mark and CRLF line ends simply work, with the right positions")
  func bomAndCRLF() throws {
    let lines = [
      "format: visitplan/1", "visit:", "  title: Визит", "  timezone: Europe/Moscow",
      "  colour: blue", "",
    ]
    let bytes = [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)
    let loaded = load(bytes)
    #expect(positions(loaded) == [Spot("unknown-key", 5, 3)])
    #expect(loaded.visit.info.title?.value == "Визит")
    #expect(loaded.visit.info.title?.location == VisitCore.SourceLocation(line: 3, column: 10))
  }

  @Test("a YAML alias bomb is refused, not expanded")
  func billionLaughs() throws {
    var lines = ["format: visitplan/1", "visit: {title: T, timezone: UTC}"]
    lines.append(
      "x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]")
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    for (previous, name) in zip(names, names.dropFirst()) {
      lines.append(
        "x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
          + "]")
    }
    lines.append("days:\n  - date: 2018-06-19\n    events:\n      - {title: T, topics: *i}")
    let loaded = load(lines.joined(separator: "\n"))
    #expect(loaded.diagnostics.map(\.rule) == [.yamlSyntax])
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.message.english.contains("aliases"))
  }

  @Test("modest aliases are fine")
  func modestAliases() throws {
    let loaded = load(
      """
      format: visitplan/1
      visit: {title: T, timezone: UTC}
      people: {a: {name: Аов Иван}, b: {name: Бов Иван}}
      days:
        - date: 2018-06-19
          events:
            - {title: One, participants: &both [a, b]}
            - {title: Two, participants: *both}
      """)
    #expect(loaded.diagnostics.isEmpty)
    let firstDay = try #require(loaded.visit.days.first)
    try #require(firstDay.events.count > 1)
    #expect(firstDay.events[1].participants.count == 2)
  }

  @Test("nesting 100,000 levels deep is refused", arguments: ["flow", "block", "mapping"])
  func deepNesting(style: String) {
    let depth = 100_000
    let text: String
    switch style {
    case "flow": text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    case "block": text = String(repeating: "- ", count: depth) + "x\n"
    default:
      text = String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth)
    }
    let loaded = load(text)
    #expect(loaded.diagnostics.map(\.rule) == [.yamlSyntax])
    #expect(loaded.diagnostics.first?.message.english.contains("1000 levels") == true)
  }

  @Test("a key repeated in an ordinary mapping is reported, with the first as related")
  func repeatedKey() throws {
    let marked = MarkedText(
      """
      format: visitplan/1
      visit:
        title: 1️⃣First
        timezone: UTC
        2️⃣title: Second
      """)
    let loaded = load(marked.text)
    #expect(positions(loaded) == [Spot("yaml-syntax", marked["2️⃣"].line, marked["2️⃣"].column)])
    let related = try #require(loaded.diagnostics.first?.related.first)
    #expect(related.location.line == 3)
    #expect(loaded.visit.info.title?.value == "First")
  }

  @Test("hundreds of repeated keys are each reported, from one parse")
  func manyRepeatedKeys() throws {
    var text = "format: visitplan/1\nvisit: {title: T, timezone: UTC}\n"
    for _ in 0..<300 { text += "x-a: 1\n" }
    let loaded = load(text)
    #expect(loaded.diagnostics.count == 299)
    #expect(loaded.diagnostics.allSatisfy { $0.rule == .yamlSyntax })
    let last = try #require(loaded.diagnostics.last)
    #expect(last.location.line == 302)
    #expect(last.related.first?.location.line == 3)
    // Repeated ids are kept, each with its position, for `duplicate-id`.
    var people = "format: visitplan/1\nvisit: {title: T, timezone: UTC}\npeople:\n"
    for _ in 0..<300 { people += "  same: {name: Тот Же}\n" }
    #expect(load(people).visit.people.count == 300)
  }

  @Test("keys written with escapes are compared by their text, and the repeat is reported")
  func escapedRepeatedKey() throws {
    let loaded = load(
      "format: visitplan/1\nvisit: {\"\\u0074itle\": A, \"\\u0074itle\": B, timezone: UTC}\n")
    #expect(positions(loaded) == [Spot("yaml-syntax", 2, 26)])
    let diagnostic = try #require(loaded.diagnostics.first)
    #expect(diagnostic.message.english.contains("twice"))
    #expect(diagnostic.related.first?.location == SourceLocation(line: 2, column: 9))
    #expect(loaded.visit.info.title?.value == "A")
  }

  @Test("long user text is cut in messages, so each stays one readable line")
  func longText() throws {
    let key = String(repeating: "k", count: 1000)
    let loaded = load("format: visitplan/1\nvisit: {title: T, timezone: UTC}\n\(key): 1\n")
    #expect(loaded.diagnostics.map(\.rule) == [.unknownKey])
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.message.english.count < 200)
    let tooLong = load("format: visitplan/1\n" + String(repeating: "k", count: 2000) + ": 1\n")
    let tooLongKey = try #require(tooLong.diagnostics.first)
    #expect(tooLongKey.message.english.contains("1024 characters"))
  }

  @Test("more than one YAML document")
  func twoDocuments() throws {
    let loaded = load("format: visitplan/1\n---\nformat: visitplan/1\n")
    #expect(loaded.diagnostics.map(\.rule) == [.yamlSyntax])
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.message.english.contains("more than one YAML document"))
  }

  @Test("missing file, folder and unreadable file are load errors, not diagnostics")
  func fileErrors() throws {
    #expect(throws: LoadError.self) { try VisitLoader.load(contentsOf: "/no/such/file.visit.yaml") }
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try VisitLoader.load(contentsOf: folder.path)
      Issue.record("a folder loaded")
    } catch {
      guard case .isDirectory = error.reason else {
        Issue.record("wrong reason \(error.reason)")
        return
      }
      #expect(error.message(in: .russian).contains("папка"))
    }
  }
}
