import Foundation
import Testing
import VisitCore
import VisitReports
import VisitTestSupport

/// Every built-in template in both languages, rendered for every seed file
/// and for a small English visit, against golden files
/// (`RECORD_SNAPSHOTS=1` re-records them).
@Suite("Built-in templates: golden files")
struct GoldenReportTests {
  static let visits: [(name: String, visit: Visit)] = [
    ("seed-programme", ReportFixtures.seedProgramme), ("english", ReportFixtures.english),
    ("seed-account", ReportFixtures.seedAccount),
    (
      "rapota-orenburg", ReportFixtures.load(TestPaths.seed("rapota-orenburg-2008.visit.yaml").path)
    ),
    (
      "veterans-moscow", ReportFixtures.load(TestPaths.seed("veterans-moscow-2001.visit.yaml").path)
    ),
    ("lagos-auckland", ReportFixtures.load(TestPaths.seed("lagos-auckland-2000.visit.yaml").path)),
  ]

  @Test(
    "rendered as recorded", arguments: BuiltInTemplates.names, [Language.russian, .english])
  func golden(template: String, language: Language) throws {
    for (name, visit) in Self.visits {
      let text = try Report.render(visit, template: .builtIn(template), language: language)
      assertSnapshot(
        text, named: "\(name).\(template).\(language.rawValue).txt", folder: "VisitReportsTests")
    }
  }

  @Test("no line is longer than the width, counted in characters", arguments: [40, 80, 120])
  func width(width: Int) throws {
    for template in BuiltInTemplates.names {
      let text = try Report.render(
        ReportFixtures.seedProgramme, template: .builtIn(template), language: .russian,
        width: width)
      for line in text.split(separator: "\n") {
        let longestWord = line.split(separator: " ").map(\.count).max() ?? 0
        #expect(line.count <= max(width, longestWord + 20), "\(template): \(line)")
      }
    }
  }

  @Test("every built-in template has a description in both languages")
  func descriptions() {
    for name in BuiltInTemplates.names {
      #expect(!BuiltInTemplates.description(name, .russian).isEmpty)
      #expect(!BuiltInTemplates.description(name, .english).isEmpty)
    }
  }
}
