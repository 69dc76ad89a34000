import Foundation
import Testing
import VisitCheck
import VisitDiagnostics
import VisitLoader

/// A rule cannot be half-added: the catalogue, the rules that run and the
/// documentation must name the same slugs.
@Suite("The rule catalogue")
struct RuleCatalogueTests {
  @Test("the checker's rules and the loader's are exactly the catalogue, each once")
  func checkerAndLoaderMakeTheCatalogue() {
    let checker = Checker.standardRules.map(\.id)
    let loader = VisitLoader.rules
    #expect(Set(checker).count == checker.count)
    #expect(Set(checker).isDisjoint(with: loader))
    #expect(Set(checker).union(loader) == Set(RuleID.all))
  }

  @Test("every rule slug has its row in docs/checks.md")
  func everySlugIsDocumented() throws {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/checks.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    for rule in RuleID.all {
      #expect(
        text.contains("| `\(rule.slug)` | \(rule.severity.rawValue) |"),
        "docs/checks.md has no row for \(rule.slug) as \(rule.severity.rawValue)")
    }
  }
}
