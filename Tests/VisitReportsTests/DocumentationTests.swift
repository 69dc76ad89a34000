import Foundation
import Testing
import VisitTestSupport

@testable import VisitReports

/// docs/reports.md describes every value, field and filter templates can
/// use; this keeps the two from drifting apart.
@Suite("docs/reports.md")
struct DocumentationTests {
  let documentation =
    (try? String(
      contentsOf: TestPaths.root.appendingPathComponent("docs/reports.md"), encoding: .utf8))
    ?? ""

  @Test("every top-level name, field and filter is documented")
  func everythingDocumented() {
    for name in ReportRoot.fields.keys {
      #expect(documentation.contains("`\(name)`"), "top-level \(name)")
    }
    for (type, fields) in FieldType.objects where type != "Participant" && type != "Forloop" {
      for field in fields.keys {
        #expect(documentation.contains("`\(field)`"), "\(type).\(field)")
      }
    }
    for filter in ReportFilters.all {
      #expect(documentation.contains("`\(filter.name)`"), "filter \(filter.name)")
    }
  }
}
