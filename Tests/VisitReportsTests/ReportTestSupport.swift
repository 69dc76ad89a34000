import Foundation
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitReports
import VisitTestSupport

/// Visits the report tests render, loaded once.
enum ReportFixtures {
  static let seedProgramme = load(TestPaths.seedProgramme.path)
  static let seedAccount = load(TestPaths.seedAccount.path)
  static let english = load(TestPaths.fixture("reports/english.visit.yaml").path)

  static func load(_ path: String) -> Visit {
    (try? VisitLoader.load(contentsOf: path).visit) ?? Visit()
  }

  /// The text with its line breaks and wrapping indents read as single
  /// spaces, so that phrases can be found whatever the wrapping did.
  static func flattened(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// A folder with the given template files, for a user's own templates.
  static func folder(_ files: [String: String]) throws -> URL {
    let folder = try TestPaths.makeTemporaryFolder()
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }
}
