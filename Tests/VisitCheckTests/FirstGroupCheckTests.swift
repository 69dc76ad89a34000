import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

@Suite("duplicate-id, unknown-reference, place-cycle")
struct FirstGroupCheckTests {
  @Test(
    "duplicate-id within a collection and across collections, at the second, with the first related"
  )
  func duplicateID() throws {
    let diagnostics = try checkFixture("duplicate-id.visit.yaml").filter { $0.rule == .duplicateID }
    #expect(
      diagnostics.map(\.spot) == ["duplicate-id@8:3", "duplicate-id@10:3", "duplicate-id@16:13"])
    #expect(diagnostics.map { $0.related.map(\.location.line) } == [[6], [7], [12]])
    let firstDiagnostic = try #require(diagnostics.first)
    #expect(firstDiagnostic.people == ["ivanov"])
    try #require(diagnostics.count > 2)
    #expect(diagnostics[2].events == ["hall"])
    try #require(diagnostics.count > 1)
    #expect(diagnostics[1].message.english.contains("already defined for a person"))
  }

  @Test("unknown-reference: undefined ids and ids of the wrong kind, with did-you-mean")
  func unknownReference() throws {
    let diagnostics = fileRules(try checkFixture("unknown-reference.visit.yaml"))
    #expect(
      diagnostics.map(\.spot) == [
        "unknown-reference@5:9",  // host: a person
        "unknown-reference@7:47",  // organization: typo
        "unknown-reference@14:15",  // site: undefined
        "unknown-reference@15:24",  // participant: typo
        "unknown-reference@17:48",  // party: a person
      ])
    let firstDiagnostic = try #require(diagnostics.first)
    #expect(
      firstDiagnostic.message.english.contains(
        "is a person, but \"host\" needs the id of an organization"))
    try #require(diagnostics.count > 1)
    #expect(diagnostics[1].message.english.contains("did you mean \"lipetsk-admin\""))
    try #require(diagnostics.count > 3)
    #expect(diagnostics[3].message.english.contains("did you mean \"ivanov\""))
    #expect(diagnostics[3].events == ["2018-06-19#1"])
    try #require(diagnostics.count > 4)
    #expect(diagnostics[4].message.russian.contains("нужен идентификатор организации"))
  }

  @Test("group words and generated event ids are not unknown references")
  func validReferences() throws {
    #expect(fileRules(try checkFixture("group-words.visit.yaml")).isEmpty)
    #expect(fileRules(try checkFixture("generated-ids.visit.yaml")).isEmpty)
  }

  @Test(
    "place-cycle: once per loop, at the first link, the others related; chains into nothing are fine"
  )
  func placeCycle() throws {
    let diagnostics = fileRules(try checkFixture("place-cycle.visit.yaml"))
    #expect(diagnostics.map(\.spot) == ["place-cycle@6:30"])
    let firstDiagnostic = try #require(diagnostics.first)
    #expect(firstDiagnostic.related.map(\.location.line) == [7, 8])
    #expect(firstDiagnostic.message.english.contains("region → district → village → region"))
  }

  @Test("a place inside itself is a loop of one")
  func selfLoop() {
    let diagnostics = fileRules(
      check(
        """
        format: visitplan/1
        visit: {title: T, timezone: UTC}
        places:
          town: {name: Town, in: town}
        """))
    #expect(diagnostics.map(\.spot) == ["place-cycle@4:26"])
  }

  @Test("every problem of a file is reported in one run, sorted by position")
  func allInOneRun() {
    let diagnostics = fileRules(
      check(
        """
        format: visitplan/1
        visit: {title: T, timezone: UTC, host: nobody}
        people:
          a: {name: Аов Иван, colour: red}
          a: {name: Аов Пётр}
        places:
          x: {name: X, in: y}
          y: {name: Y, in: x}
        days:
          - date: 2018-02-30
        """))
    #expect(
      diagnostics.map(\.spot) == [
        "unknown-reference@2:40", "unknown-key@4:23", "duplicate-id@5:3", "place-cycle@7:20",
        "invalid-value@10:11",
      ])
    #expect(diagnostics == diagnostics.sorted())
  }

  @Test("ignore: silences later rules but never the file's own")
  func ignoreCannotSilenceFileRules() {
    let diagnostics = fileRules(
      check(
        """
        format: visitplan/1
        visit: {title: T, timezone: UTC}
        settings: {ignore: [unknown-reference]}
        days:
          - date: 2018-06-19
            events:
              - {title: A, site: nowhere, ignore: [duplicate-id]}
        """))
    #expect(
      diagnostics.map(\.spot) == [
        "invalid-value@3:21", "unknown-reference@7:26", "invalid-value@7:44",
      ])
  }

  @Test("the checker drops silenced diagnostics of later rules by file and by event")
  func ignoreSilencesLaterRules() {
    struct EveryEventRule: CheckRule {
      var id: RuleID { .noSite }
      func check(_ context: CheckContext) -> [Diagnostic] {
        context.visit.events.map {
          Diagnostic(
            .noSite, LocalizedText(english: "no site", russian: "нет площадки"), at: $0.location,
            events: [$0.id.value])
        }
      }
    }
    let loaded = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: T, timezone: UTC}
        days:
          - date: 2018-06-19
            events:
              - {title: A}
              - {title: B, ignore: [no-site]}
        """)
    let checker = Checker(rules: [EveryEventRule()])
    #expect(checker.check(loaded).map(\.events) == [["2018-06-19#1"]])
    var silenced = loaded
    silenced.visit.settings.ignoredRules = [Located("no-site", at: nil)]
    #expect(checker.check(silenced).isEmpty)
  }

  @Test("a megabyte-long reference is cut in its message")
  func longReference() throws {
    let id = String(repeating: "x", count: 1_000_000)
    let diagnostics = fileRules(
      check("format: visitplan/1\nvisit: {title: T, timezone: UTC, host: \(id)}\n"))
    #expect(diagnostics.map(\.rule) == [.unknownReference])
    let firstDiagnostic = try #require(diagnostics.first)
    #expect(firstDiagnostic.message.english.count < 300)
  }

  @Test("the same file gives the same diagnostics on every run")
  func deterministic() throws {
    let first = try checkFixture("duplicate-id.visit.yaml")
    #expect(first.count > 4)
    for _ in 0..<5 { #expect(try checkFixture("duplicate-id.visit.yaml") == first) }
  }
}
