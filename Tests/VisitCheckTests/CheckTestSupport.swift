import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

/// Loads and checks a fixture from `Tests/Fixtures`.
func checkFixture(_ name: String) throws -> [Diagnostic] {
  Checker().check(try VisitLoader.load(contentsOf: TestPaths.fixture(name).path))
}

/// Loads and checks inline YAML.
func check(_ text: String) -> [Diagnostic] {
  Checker().check(VisitLoader.load(text: text))
}

/// Only the diagnostics about the file itself (the rules that cannot be silenced).
func fileRules(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
  diagnostics.filter { !$0.rule.isSilenceable }
}

extension Diagnostic {
  /// "rule@line:column", for compact expectations.
  var spot: String { "\(rule.slug)@\(location.line):\(location.column)" }
}

/// A fixture under `Tests/Fixtures/checks/` with `1️⃣`-style markers: the
/// markers are removed before loading, and their positions kept.
struct MarkedFixture {
  let marked: MarkedText
  let diagnostics: [Diagnostic]

  init(_ name: String) throws {
    let url = TestPaths.fixture("checks/\(name)")
    marked = MarkedText(try String(contentsOf: url, encoding: .utf8))
    diagnostics = Checker().check(VisitLoader.load(text: marked.text))
  }

  /// The diagnostics of one rule, in output order.
  func of(_ rule: RuleID) -> [Diagnostic] {
    diagnostics.filter { $0.rule == rule }
  }

  /// "line:column" of a marker.
  func at(_ marker: String) -> String {
    "\(marked[marker].line):\(marked[marker].column)"
  }
}

extension Diagnostic {
  /// "line:column" of the diagnostic.
  var position: String { "\(location.line):\(location.column)" }
  var eventIDs: [String] { events.map(\.rawValue) }
  var personIDs: [String] { people.map(\.rawValue) }
}

/// The diagnostics of the recorded seed account.
func checkSeedAccount() throws -> [Diagnostic] {
  Checker().check(try VisitLoader.load(contentsOf: TestPaths.seedAccount.path))
}
