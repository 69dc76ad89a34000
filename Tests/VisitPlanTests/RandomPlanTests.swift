import Foundation
import PropertyBased
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader

@testable import VisitPlan

/// Random visits to plan: days, towns with a road between them, venues with
/// hours and closed days, people with busy times, timed events and untimed
/// ones with durations, windows, `after`, `dates`, priorities and lunch —
/// with comments between the lines. Whatever the visit, the plan checks
/// clean (no errors, no new warnings), `Verifier` agrees, and every line of
/// the input outside the moved events is in the output, in order.
@Suite("Random visits planned")
struct RandomPlanTests {
  struct Wish: Sendable {
    var length: Int
    var people: [Int]
    var site: Int
    var window: Int
    var day: Int
    var after: Int
    var priority: Int
  }

  struct Spec: Sendable {
    var days: Int
    var wishes: [Wish]
    var busyPerson: Int
    var lunch: Bool
    var hours: Int
  }

  static let wish = zip(
    Gen.int(in: 1...8), Gen.int(in: 0...3).array(of: 1...3), Gen.int(in: -1...3),
    Gen.int(in: -1...3), Gen.int(in: -1...3), Gen.int(in: -1...6), Gen.int(in: 1...3)
  ).map { Wish(length: $0, people: $1, site: $2, window: $3, day: $4, after: $5, priority: $6) }

  static let spec = zip(
    Gen.int(in: 2...3), wish.array(of: 1...12), Gen.int(in: -1...3), Gen.bool, Gen.int(in: 0...2)
  ).map { Spec(days: $0, wishes: $1, busyPerson: $2, lunch: $3, hours: $4) }

  static func yaml(_ spec: Spec) -> String {
    let hours = ["\"08:00-20:00\"", "{mon: closed, tue-sun: \"09:00-18:00\"}", "\"10:00-16:00\""]
    let windows = ["\"09:00-13:00\"", "\"14:00-19:00\"", "\"10:00-12:00\"", "\"08:00-21:00\""]
    var text = """
      # A random visit to plan.
      format: visitplan/1
      visit:
        title: Random
        language: ru
        timezone: Europe/Moscow
        start: 2018-06-18
        end: 2018-06-\(17 + spec.days)

      people:

      """
    for person in 0..<4 {
      text += "  p\(person): {name: Участник\(person) Иван, side: host"
      if person == spec.busyPerson { text += ", busy: [\"2018-06-18 12:00-14:00\"]" }
      text += "}\n"
    }
    text += """
      places:
        town-a: {name: Город А}
        town-b: {name: Город Б}
      sites:
        s0: {name: Зал, place: town-a}
        s1: {name: Музей, place: town-a, hours: \(hours[spec.hours])}
        s2: {name: Завод, place: town-b, hours: "08:00-17:00", closed: [2018-06-19]}
        s3: {name: Улица, place: town-b, shared: true}
      travel:
        - {from: town-a, to: town-b, minutes: 40}
      settings:
        local-transfer: 10m

      """
    if spec.lunch { text += "  lunch: 12:00-15:00 45m\n" }
    text += "\ndays:\n"
    var unscheduled = ""
    for day in 0..<spec.days {
      text += "  # day \(day + 1)\n  - date: 2018-06-\(18 + day)\n    events:\n"
      // One timed event a day, fixed by the hosts.
      text += """
              - id: timed\(day)
                title: Встреча \(day)
                time: "09:00-10:00"
                site: s0
                participants: [p\(day % 4)]

        """
      for (index, wish) in spec.wishes.enumerated() where wish.day == day {
        text += item(index, wish, spec, indent: "      ", windows: windows)
      }
    }
    for (index, wish) in spec.wishes.enumerated() where wish.day < 0 || wish.day >= spec.days {
      unscheduled += item(index, wish, spec, indent: "  ", windows: windows)
      if wish.day >= spec.days { unscheduled += "    dates: [2018-06-18]\n" }
    }
    text += "\nunscheduled:\n  # what the planner places\n" + unscheduled
    return text
  }

  static func item(_ index: Int, _ wish: Wish, _ spec: Spec, indent: String, windows: [String])
    -> String
  {
    var text = "\(indent)- id: e\(index)\n"
    text += "\(indent)  title: Событие \(index)   # comment\n"
    text += "\(indent)  duration: \(wish.length * 15)m\n"
    let people = Array(Set(wish.people)).sorted().map { "p\($0)" }.joined(separator: ", ")
    text += "\(indent)  participants: [\(people)]\n"
    if wish.site >= 0 { text += "\(indent)  site: s\(wish.site)\n" }
    if wish.window >= 0 { text += "\(indent)  window: \(windows[wish.window])\n" }
    if wish.after >= 0 && wish.after < index { text += "\(indent)  after: [e\(wish.after)]\n" }
    if wish.priority > 1 { text += "\(indent)  priority: \(wish.priority)\n" }
    return text
  }

  @Test("every plan checks clean, agrees with the verifier, and keeps the input's lines")
  func property() async throws {
    await propertyCheck(count: 80, input: Self.spec) { spec in
      let text = Self.yaml(spec)
      let loaded = VisitLoader.load(text: text)
      let before = Checker().check(loaded)
      // A day-block event at a site closed that day is already an error;
      // such a visit is not one to plan.
      guard before.allSatisfy({ $0.severity != .error }) else { return }
      let outcome = Planner.plan(loaded.visit, options: PlanOptions(timeLimit: 10))
      guard
        case .success(let output) = PlanEdits.apply(
          outcome.decisions, to: text, visit: loaded.visit)
      else {
        Issue.record("the edits failed")
        return
      }
      let reloaded = VisitLoader.load(text: output)
      #expect(
        PlanEdits.verify(reloaded.visit, against: loaded.visit, decisions: outcome.decisions),
        "\(output)")
      let after = Checker().check(reloaded)
      let errors = after.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(errors.map(\.message.english))\n\(output)")
      func key(_ d: Diagnostic) -> String {
        "\(d.rule) \(d.events.map(\.rawValue).sorted()) \(d.people.map(\.rawValue).sorted())"
      }
      let old = Set(before.filter { $0.severity == .warning }.map(key))
      let new = after.filter { $0.severity == .warning && !old.contains(key($0)) }
      #expect(new.isEmpty, "\(new.map(\.message.english))\n\(output)")
      let planned = VisitLoader.load(text: output).visit
      #expect(Verifier(visit: planned).problems() == [], "\(output)")
      // Timed events stayed.
      for day in 0..<spec.days {
        let timed = planned.events.first { $0.id.value.rawValue == "timed\(day)" }
        #expect(timed?.time?.value.description == "09:00–10:00")
      }
      // Lines before `unscheduled:` are all in the output, in order — but
      // for those of day-block events placed out of their day's order,
      // which move to their place in time.
      let input = text.split(separator: "\n", omittingEmptySubsequences: false)
      let moved = PlanEdits.outOfOrder(outcome.decisions, visit: loaded.visit)
      let movedIDs = Set(moved.map { loaded.visit.events[$0].id.value.rawValue })
      var kept: [Substring] = []
      var skipping = false
      for line in input.prefix(while: { $0 != "unscheduled:" }) {
        if line.hasPrefix("      - id: ") {
          skipping = movedIDs.contains(String(line.dropFirst("      - id: ".count)))
        } else if !line.hasPrefix("        ") {
          skipping = false
        }
        if !skipping { kept.append(line) }
      }
      var lines = output.split(separator: "\n", omittingEmptySubsequences: false)[...]
      for line in kept {
        guard let found = lines.firstIndex(of: line) else {
          Issue.record("line lost: \(line)")
          break
        }
        lines = lines[(found + 1)...]
      }
      // An event left out is explained.
      for unplaced in outcome.unplaced { #expect(!unplaced.requirements.isEmpty) }
    }
  }
}
