import Testing
import VisitCore
import VisitDiagnostics
import VisitLoader

/// Each file-level rule the loader reports, planted in a fixture and found
/// at its line and column.
@Suite("Loader rules on fixtures")
struct FirstGroupRuleTests {
  @Test("a minimal file loads with no diagnostics")
  func minimal() throws {
    let loaded = try loadFixture("minimal.visit.yaml")
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.visit.info.title?.value == "Minimal visit")
    #expect(loaded.visit.info.timezone?.value == "Europe/Moscow")
  }

  @Test("yaml-syntax: an unquoted colon in a value, at the colon")
  func yamlSyntax() throws {
    let loaded = try loadFixture("yaml-syntax.visit.yaml")
    #expect(positions(loaded) == [Spot("yaml-syntax", 3, 15)])
    let firstDiagnostic = try #require(loaded.diagnostics.first)
    #expect(firstDiagnostic.message.english.contains("put the value in quotes"))
    #expect(!loaded.isReadable)
  }

  @Test("format-version: missing, reported at the start, and the rest still read")
  func formatMissing() throws {
    let loaded = try loadFixture("format-missing.visit.yaml")
    #expect(positions(loaded) == [Spot("format-version", 1, 1)])
    #expect(loaded.visit.info.title != nil)
  }

  @Test("format-version: an unknown version stops reading, so no noise follows")
  func formatUnsupported() throws {
    let loaded = try loadFixture("format-unsupported.visit.yaml")
    #expect(positions(loaded) == [Spot("format-version", 1, 9)])
    #expect(!loaded.isReadable)
  }

  @Test("unknown-key: with a did-you-mean; x- keys are free")
  func unknownKey() throws {
    let loaded = try loadFixture("unknown-key.visit.yaml")
    #expect(
      positions(loaded) == [
        Spot("unknown-key", 6, 3), Spot("unknown-key", 11, 9), Spot("unknown-key", 13, 9),
      ])
    let messages = loaded.diagnostics.sorted().map(\.message.english)
    let firstMessage = try #require(messages.first)
    #expect(firstMessage.contains("did you mean \"title\""))
    try #require(messages.count > 1)
    #expect(messages[1].contains("did you mean \"participants\""))
    try #require(messages.count > 2)
    #expect(messages[2].contains("must start with \"x-\""))
  }

  /// A `start` alone is no longer missing its end: it is a start-only time
  /// ("10:20 Прибытие", programmes.md), so line 17 of the fixture is fine.
  @Test("missing-field: each required key, pointing at the entity")
  func missingField() throws {
    let loaded = try loadFixture("missing-field.visit.yaml")
    #expect(
      positions(loaded) == [
        Spot("missing-field", 3, 3),  // visit: timezone
        Spot("missing-field", 5, 3),  // organization: name
        Spot("missing-field", 7, 3),  // person: name or position
        Spot("missing-field", 9, 3),  // site: place
        Spot("missing-field", 12, 3),  // place: name
        Spot("missing-field", 14, 5),  // day: date
        Spot("missing-field", 15, 9),  // event: title
        Spot("missing-field", 20, 13),  // gift: item
      ])
  }

  @Test("invalid-value: dates, times, durations, ids, geo, numbers, choices, rules")
  func invalidValue() throws {
    let loaded = try loadFixture("invalid-value.visit.yaml")
    #expect(
      positions(loaded) == [
        Spot("invalid-value", 4, 13),  // time zone, with a suggestion
        Spot("invalid-value", 5, 13),  // language
        Spot("invalid-value", 6, 10),  // 2018-02-30
        Spot("invalid-value", 8, 3),  // id with capitals
        Spot("invalid-value", 10, 27),  // geo out of range
        Spot("invalid-value", 12, 45),  // negative capacity
        Spot("invalid-value", 12, 57),  // boolean
        Spot("invalid-value", 12, 71),  // opening hours
        Spot("invalid-value", 17, 15),  // 25:00
        Spot("invalid-value", 20, 19),  // duration without unit
        Spot("invalid-value", 22, 12),  // a rule that cannot be silenced
        Spot("invalid-value", 22, 25),  // a misspelt rule
        Spot("invalid-value", 23, 16),  // road factor below 1
      ])
    let messages = loaded.diagnostics.sorted().map(\.message.english)
    let firstMessage = try #require(messages.first)
    #expect(firstMessage.contains("did you mean \"Europe/Moscow\""))
    #expect(messages[11].contains("did you mean \"person-overlap\""))
  }

  @Test("every diagnostic has a Russian message as well")
  func russianMessages() throws {
    for name in [
      "yaml-syntax.visit.yaml", "unknown-key.visit.yaml", "missing-field.visit.yaml",
      "invalid-value.visit.yaml", "format-missing.visit.yaml",
    ] {
      for diagnostic in try loadFixture(name).diagnostics {
        #expect(!diagnostic.message.russian.isEmpty)
        #expect(diagnostic.message.russian != diagnostic.message.english)
      }
    }
  }
}
