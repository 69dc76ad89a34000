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
