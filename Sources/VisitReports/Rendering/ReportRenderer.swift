import VisitCore

/// Renders a template with the report's values. The project reaches its
/// template engine only through this, so the engine can be replaced.
protocol ReportRenderer {
  func render(
    _ template: String, name: String, folder: TemplateFolder, values: [String: Any],
    language: Language
  ) throws(TemplateProblems) -> String
}
