import Testing
import VisitCore
import VisitDiagnostics
import VisitLoader

@testable import VisitPlan

/// "Why not" on one small scenario per kind of requirement: the set named is
/// the one expected, it keeps the event out on its own, and dropping any one
/// member lets the event in (minimality, tested through the placement test).
@Suite("Why an event cannot be placed")
struct ExplanationTests {
  struct Scenario: Sendable, CustomTestStringConvertible {
    let name: String
    let people: String
    let sites: String
    let settings: String
    let timed: String
    let event: String
    let expected: Set<String>
    var end = "2018-06-19"

    var testDescription: String { name }

    var text: String {
      """
      format: visitplan/1
      visit:
        title: Scenario
        language: en
        timezone: Europe/Moscow
        start: 2018-06-19
        end: \(end)
      people:
        kotov: {name: Котов Евгений, side: host}
        a: {name: Иванов Иван, side: host}
        b: {name: Петров Пётр, side: host}
        c: {name: Сидоров Сидор, side: host}
      \(people)
      places:
        village: {name: Preobrazhenye}
      sites:
        school: {name: School museum, place: village}
      \(sites)
      settings:
        local-transfer: 15m
      \(settings)
      days:
        - date: 2018-06-19
          events:
            - id: anchor
              title: Anchor
              time: "07:00-07:30"
              participants: [a]
      \(timed)
      unscheduled:
        - id: subject
          title: The event
          participants: [kotov]
      \(event)
      """
    }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "window, busy and a timed event",
      people: "  kotov2: {name: Котова Анна, side: host, busy: [\"2018-06-19 12:00-13:00\"]}",
      sites: "  hall: {name: Village hall, place: village}", settings: "",
      timed: """
              - id: museum
                title: School museum
                time: "11:00-11:45"
                site: school
                participants: [kotov2]
        """,
      event: "    duration: 45m\n    window: \"11:00-13:00\"\n    site: hall\n    with: [kotov2]",
      expected: ["timed-event", "busy", "window", "duration"]),
    Scenario(
      name: "a closed date", people: "",
      sites: "  hall: {name: Village hall, place: village, closed: [2018-06-19]}", settings: "",
      timed: "", event: "    site: hall", expected: ["closed"]),
    Scenario(
      name: "opening hours", people: "",
      sites: "  hall: {name: Village hall, place: village, hours: \"09:00-10:00\"}", settings: "",
      timed: "", event: "    duration: 90m\n    site: hall", expected: ["hours", "duration"]),
    Scenario(
      name: "dates", people: "",
      sites: "  hall: {name: Village hall, place: village, closed: [2018-06-20]}", settings: "",
      timed: "", event: "    dates: [2018-06-20]\n    site: hall", expected: ["dates", "closed"],
      end: "2018-06-20"),
    Scenario(
      name: "after", people: "", sites: "", settings: "",
      timed: """
              - id: dinner
                title: Dinner
                time: "19:00-20:30"
                participants: [b]
        """,
      event: "    duration: 60m\n    after: [dinner]",
      expected: ["after", "timed-event", "day-window", "duration"]),
    Scenario(
      name: "arrives",
      people: "  late: {name: Лаптев Олег, side: host, arrives: \"2018-06-19 20:30\"}", sites: "",
      settings: "", timed: "", event: "    with: [late]",
      expected: ["arrives", "day-window", "duration"]),
    Scenario(
      name: "leaves",
      people: "  early: {name: Ранний Олег, side: host, leaves: \"2018-06-19 08:30\"}", sites: "",
      settings: "", timed: "", event: "    with: [early]",
      expected: ["leaves", "day-window", "duration"]),
    Scenario(
      name: "lunch", people: "", sites: "",
      settings: "  lunch: 12:00-15:00 45m\n  day-window: \"12:00-15:00\"", timed: "",
      event: "    duration: 150m", expected: ["lunch", "day-window", "duration"]),
    Scenario(
      name: "max-day-length", people: "", sites: "", settings: "  max-day-length: 3h",
      timed: """
              - id: breakfast
                title: Breakfast
                time: "08:00-09:00"
                participants: [kotov]
        """,
      event: "    window: \"11:30-13:00\"",
      expected: ["max-day-length", "timed-event", "window"]),
    Scenario(
      name: "site overlap", people: "", sites: "  hall: {name: Village hall, place: village}",
      settings: "",
      timed: """
              - id: fair
                title: Fair
                time: "08:00-21:00"
                site: hall
                participants: [b]
        """,
      event: "    site: hall", expected: ["site-overlap", "timed-event", "day-window"]),
    Scenario(
      name: "capacity", people: "",
      sites: "  hall: {name: Village hall, place: village, shared: true, capacity: 3}",
      settings: "",
      timed: """
              - id: fair
                title: Fair
                time: "08:00-21:00"
                site: hall
                participants: [a, b, c]
        """,
      event: "    site: hall", expected: ["capacity", "timed-event", "day-window"]),
    Scenario(
      name: "travel", people: "", sites: "  hall: {name: Village hall, place: village}",
      settings: "",
      timed: """
              - id: museum
                title: School museum
                time: "08:00-10:00"
                site: school
                participants: [kotov]
        """,
      event: "    duration: 45m\n    window: \"10:00-10:45\"\n    site: hall",
      expected: ["travel", "timed-event", "window", "duration"]),
  ]

  @Test("the set is the expected one and it is minimal", arguments: scenarios)
  func minimal(_ scenario: Scenario) throws {
    let loaded = VisitLoader.load(text: scenario.text)
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    let outcome = Planner.plan(loaded.visit)
    let unplaced = try #require(outcome.unplaced.first)
    #expect(unplaced.id.rawValue == "subject")
    #expect(Set(unplaced.requirements.map(\.kind)) == scenario.expected)
    // Only defaults (no duration written, the default day) have no line.
    #expect(
      unplaced.requirements.allSatisfy {
        $0.location != nil || $0.kind == "day-window" || $0.kind == "duration"
      })

    let problem = PlanProblem(visit: loaded.visit, repair: false)
    var search = Search(problem: problem, options: PlanOptions())
    search.firstPlan()
    let placement = search.placement
    let item = try #require(problem.itemByID[unplaced.id])
    let universe = Set(Explainer(placement: placement).requirements(of: item))
    let named = Set(unplaced.requirements.map(\.key))
    #expect(named.isSubset(of: universe))
    // Everything else dropped, the named set alone keeps the event out…
    #expect(!placement.canPlace(item, Relaxation(universe.subtracting(named))))
    // …and without any one of them it fits.
    for key in named {
      let relaxed = universe.subtracting(named).union([key])
      #expect(placement.canPlace(item, Relaxation(relaxed)), "dropping \(key) should let it in")
    }
  }

  @Test("the notes read in Russian and English")
  func wording() throws {
    let scenario = try #require(Self.scenarios.first)
    let outcome = Planner.plan(VisitLoader.load(text: scenario.text).visit)
    let texts = try #require(outcome.unplaced.first).requirements.map(\.text)
    let english = texts.map(\.english)
    let russian = texts.map(\.russian)
    #expect(english.contains("Котова Анна is busy on 19 June 12:00–13:00"))
    #expect(russian.contains("Котова Анна занята 19 июня с 12:00 до 13:00"))
    #expect(english.contains("it needs 45 min inside 11:00–13:00 (window)"))
    #expect(russian.contains("оно длится 45 мин"))
    #expect(english.contains("\"School museum\" (19 June 11:00–11:45) takes Котова Анна"))
    let after = try #require(Self.scenarios.first { $0.name == "after" })
    let afterTexts = try #require(
      Planner.plan(VisitLoader.load(text: after.text).visit).unplaced.first
    ).requirements.map(\.text)
    #expect(afterTexts.map(\.english).contains("\"Dinner\" runs on 19 June 19:00–20:30"))
    #expect(afterTexts.map(\.russian).contains("оно должно идти после события «Dinner»"))
    let arrives = try #require(Self.scenarios.first { $0.name == "arrives" })
    let arrivesTexts = try #require(
      Planner.plan(VisitLoader.load(text: arrives.text).visit).unplaced.first
    ).requirements.map(\.text)
    #expect(arrivesTexts.map(\.english).contains("Лаптев Олег arrives on 19 June at 20:30"))
    #expect(arrivesTexts.map(\.russian).contains("Лаптев Олег прибывает 19 июня в 20:30"))
    #expect(
      russian.contains(
        "«School museum» (19 июня 11:00–11:45) занимает время участника: Котова Анна"))
  }
}
