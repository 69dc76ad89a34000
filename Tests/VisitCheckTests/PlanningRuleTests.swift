import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics

/// The rules the planner obeys, so that a planned file and a hand-made one
/// are judged alike (issue 11, item 1).
@Suite("Planning rules")
struct PlanningRuleTests {
  @Test("window, after-order, person-busy, wrong-date and no-lunch, each where planted")
  func planted() throws {
    let fixture = try MarkedFixture("planning-rules.visit.yaml")
    #expect(fixture.of(.window).map(\.position) == [fixture.at("1️⃣")])
    let after = fixture.of(.afterOrder)
    #expect(after.map(\.position) == [fixture.at("2️⃣")])
    let order = try #require(after.first)
    #expect(order.message.english.contains("and 15 min of travel"))
    let busy = fixture.of(.personBusy)
    #expect(busy.map(\.position) == [fixture.at("3️⃣")])
    #expect(busy.map(\.personIDs) == [["guest"]])
    #expect(fixture.of(.wrongDate).map(\.position) == [fixture.at("4️⃣")])
    let lunch = fixture.of(.noLunch)
    #expect(lunch.map(\.position) == [fixture.at("6️⃣"), fixture.at("5️⃣")])
    #expect(lunch.map(\.personIDs) == [["guest"], ["host"]])
    // "fine" keeps its window and order; the meal on 22 June waives lunch.
    #expect(!fixture.diagnostics.contains { $0.eventIDs.contains("fine") })
    #expect(fixture.of(.siteOverlap).isEmpty)
  }

  @Test("no lunch rule, no no-lunch; a busy whole date blocks any event that day")
  func quiet() {
    let diagnostics = check(
      """
      format: visitplan/1
      visit: {title: T, timezone: Europe/Moscow}
      people: {a: {name: Аров Иван, side: delegation, busy: [2018-06-20]}}
      days:
        - {date: 2018-06-19, events: [{title: A, time: 09:00-18:00, participants: [a]}]}
        - {date: 2018-06-20, events: [{title: B, time: 10:00, participants: [a]}]}
      """)
    #expect(!diagnostics.contains { $0.rule == .noLunch })
    #expect(diagnostics.filter { $0.rule == .personBusy }.count == 1)
  }

  @Test("the planning keys read; wrong ones are errors that say what to write")
  func keys() {
    let diagnostics = check(
      """
      format: visitplan/1
      visit: {title: T, timezone: Europe/Moscow}
      people: {a: {name: Аров Иван, side: delegation, busy: ["2018-06-19 14:00"]}}
      settings: {lunch: "12:00-15:00", default-duration: 45m}
      days:
        - {date: 2018-06-19, events: [{title: A, time: 09:00-10:00, participants: [a]}]}
      """)
    let invalid = diagnostics.filter { $0.rule == .invalidValue }
    #expect(invalid.count == 2)
    #expect(invalid.contains { $0.message.english.contains("is not a busy time") })
    #expect(invalid.contains { $0.message.english.contains("is not a lunch rule") })
  }

  @Test("after lists in a circle are one after-cycle error each, named in order")
  func afterCycle() throws {
    let diagnostics = check(
      """
      format: visitplan/1
      visit: {title: T, timezone: Europe/Moscow, start: 2018-06-19, end: 2018-06-19}
      people: {a: {name: Аров Иван, side: delegation}}
      unscheduled:
        - {id: one, title: One, participants: [a], after: [three], dates: [2018-06-25]}
        - {id: two, title: Two, participants: [a], after: [one]}
        - {id: three, title: Three, participants: [a], after: [two]}
        - {id: four, title: Four, participants: [a], after: [one]}
        - {id: self, title: Self, participants: [a], after: [self]}
      """)
    let cycles = diagnostics.filter { $0.rule == .afterCycle }
    #expect(cycles.count == 2)
    let first = try #require(cycles.first)
    #expect(first.message.english.contains("(\"One\" → \"Three\" → \"Two\" → \"One\")"))
    #expect(first.related.count == 2)
    #expect(Set(first.events.map(\.rawValue)) == ["one", "two", "three"])
    let loop = try #require(cycles.last)
    #expect(loop.message.russian.contains("(«Self» → «Self»)"))
    // A date in `dates` outside the visit is outside-visit, at that date.
    let outside = diagnostics.filter { $0.rule == .outsideVisit }
    #expect(outside.map(\.location.line) == [5])
  }
}
