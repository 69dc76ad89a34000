import Foundation
import Testing
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

@testable import VisitPlan

/// The planner on whole files: every plan is judged by the checker (no
/// errors, no new warnings) and by `Verifier`, and timed events stay put.
@Suite("Planning whole visits")
struct PlannerTests {
  static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  @Test("the Stakhanov wishes plan into a programme that checks clean")
  func wishesSeed() throws {
    let run = try PlanRun(Self.text(TestPaths.seed("stakhanov-lipetsk-2018-wishes.visit.yaml")))
    #expect(run.outcome.unplaced.isEmpty)
    #expect(run.outcome.decisions.count == 8)
    #expect(run.outcome.priorityPlaced == run.outcome.priorityTotal)
    #expect(run.errorsAfter.isEmpty)
    #expect(run.newWarnings.isEmpty)
    #expect(Verifier(visit: run.planned).problems() == [])
    #expect(run.planned.unscheduled.isEmpty)
    // The programme's order holds: the signing after the school museum.
    let signing = try #require(run.outcome.decisions.first { $0.id.rawValue == "signing" })
    let school = try #require(
      run.outcome.decisions.first { $0.id.rawValue == "school-museum-exposition" })
    #expect(school.end <= signing.start)
    let sez = try #require(run.outcome.decisions.first { $0.id.rawValue == "sez-visit" })
    #expect(sez.date.description == "2018-06-20")
  }

  @Test("the same input gives the same plan, byte for byte")
  func deterministic() throws {
    let text = try Self.text(TestPaths.seed("stakhanov-lipetsk-2018-wishes.visit.yaml"))
    let first = try PlanRun(text)
    let second = try PlanRun(text)
    #expect(first.output == second.output)
    #expect(first.outcome.decisions == second.outcome.decisions)
  }

  @Test("a programme with every time given has nothing to plan")
  func nothingToPlan() throws {
    let run = try PlanRun(Self.text(TestPaths.seedProgramme))
    #expect(run.outcome.decisions.isEmpty)
    #expect(run.outcome.unplaced.isEmpty)
    #expect(run.output == run.input)
    #expect(run.outcome.isProven)
  }

  @Test("timed events never move without --repair")
  func timedEventsStay() throws {
    let run = try PlanRun(Self.text(TestPaths.fixture("plan/edits.visit.yaml")))
    let opening = try #require(run.planned.events.first { $0.id.value.rawValue == "opening" })
    #expect(opening.time?.value.description == "09:00–09:30")
    #expect(run.errorsAfter.isEmpty)
    #expect(run.newWarnings.isEmpty)
    #expect(Verifier(visit: run.planned).problems() == [])
  }

  @Test("--repair moves the clashing event as little as it can, and never a fixed one")
  func repair() throws {
    let text = try Self.text(TestPaths.fixture("plan/repair.visit.yaml"))
    let broken = try PlanRun(text)
    #expect(!broken.before.filter { $0.severity == .error }.isEmpty)
    let run = try PlanRun(text, options: PlanOptions(repair: true, timeLimit: 10))
    #expect(run.errorsAfter.isEmpty)
    #expect(run.newWarnings.isEmpty)
    #expect(Verifier(visit: run.planned).problems() == [])
    #expect(run.outcome.moved == 1)
    let moved = try #require(run.outcome.decisions.first)
    #expect(moved.id.rawValue == "museum-tour")
    // Tuesday's opening at 09:00 is the nearest open time: 1290 minutes on.
    #expect(moved.date.description == "2018-06-19")
    #expect(moved.start.description == "09:00")
    #expect(run.outcome.minutesMoved == 1290)
    let opening = try #require(run.planned.events.first { $0.id.value.rawValue == "opening" })
    #expect(opening.time?.value.description == "10:00–11:00")
  }

  @Test("a single event alone is planned and proven best")
  func provenBest() throws {
    let text = try Self.text(TestPaths.fixture("plan/edits.visit.yaml"))
    let run = try PlanRun(text)
    #expect(run.outcome.unplaced.isEmpty)
    #expect(run.outcome.isProven)
  }

  @Test("edits keep every byte but the decisions", arguments: ["\n", "\r\n"])
  func edits(newline: String) throws {
    let text = try Self.text(TestPaths.fixture("plan/edits.visit.yaml"))
      .replacingOccurrences(of: "\n", with: newline)
    let run = try PlanRun(text)
    #expect(run.errorsAfter.isEmpty)
    assertSnapshot(
      run.output.replacingOccurrences(of: "\r\n", with: "\n"), named: "edits.planned.yaml",
      folder: "VisitPlanTests")
    if newline == "\r\n" {
      #expect(!run.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
  }

  @Test("a start-only arrival leg bounds its people, as the checker has it")
  func startOnlyArrival() throws {
    let run = try PlanRun(
      """
      format: visitplan/1
      visit: {title: T, language: en, timezone: Europe/Moscow, start: 2018-06-19, end: 2018-06-19}
      people:
        guest: {name: Гостев Иван, side: delegation}
      days:
        - date: 2018-06-19
          events:
            - {id: arrival, title: Arrival, kind: arrival, time: "14:00", participants: [guest]}
      unscheduled:
        - {id: talk, title: Talk, duration: 30m, participants: [guest]}
      """)
    let talk = try #require(run.outcome.decisions.first { $0.id.rawValue == "talk" })
    #expect(talk.start.description == "14:00")
    #expect(run.errorsAfter.isEmpty)
  }
}
