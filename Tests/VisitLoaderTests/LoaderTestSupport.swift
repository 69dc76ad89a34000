import Foundation
import Testing
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

/// Loads a fixture from `Tests/Fixtures`.
func loadFixture(_ name: String) throws -> LoadedVisit {
  try VisitLoader.load(contentsOf: TestPaths.fixture(name).path)
}

/// The loader's diagnostics in output order, as (rule, line, column).
func positions(_ loaded: LoadedVisit) -> [Spot] {
  loaded.diagnostics.sorted().map { Spot($0.rule.slug, $0.location.line, $0.location.column) }
}

/// A rule at a position, for compact expectations.
struct Spot: Equatable, CustomStringConvertible {
  let rule: String
  let line: Int
  let column: Int

  init(_ rule: String, _ line: Int, _ column: Int) {
    self.rule = rule
    self.line = line
    self.column = column
  }

  var description: String { "\(rule)@\(line):\(column)" }
}
