import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

@testable import VisitPlan

/// Plans a file's text as the command does, and judges the result twice:
/// by the checker and by `Verifier`, written apart from the planner.
struct PlanRun {
  let input: String
  let visit: Visit
  let outcome: PlanOutcome
  let output: String
  let before: [Diagnostic]
  let after: [Diagnostic]

  init(_ text: String, options: PlanOptions = PlanOptions(timeLimit: 10)) throws {
    input = text
    let loaded = VisitLoader.load(text: text)
    visit = loaded.visit
    before = Checker().check(loaded)
    outcome = Planner.plan(visit, options: options)
    output = try PlanEdits.apply(outcome.decisions, to: text, visit: visit).get()
    let reloaded = VisitLoader.load(text: output)
    after = Checker().check(reloaded)
    // The edited text says exactly what was decided, and nothing else moved.
    #expect(PlanEdits.verify(reloaded.visit, against: visit, decisions: outcome.decisions))
  }

  var errorsAfter: [Diagnostic] { after.filter { $0.severity == .error } }

  /// Warnings the output has that the input did not.
  var newWarnings: [Diagnostic] {
    func key(_ d: Diagnostic) -> String {
      "\(d.rule) \(d.events.map(\.rawValue).sorted()) \(d.people.map(\.rawValue).sorted())"
    }
    let old = Set(before.filter { $0.severity == .warning }.map(key))
    return after.filter { $0.severity == .warning && !old.contains(key($0)) }
  }

  /// The planned visit, loaded.
  var planned: Visit { VisitLoader.load(text: output).visit }
}
