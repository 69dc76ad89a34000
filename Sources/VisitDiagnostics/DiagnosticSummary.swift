public import VisitCore

/// How many diagnostics of each severity a run produced.
public struct DiagnosticSummary: Hashable, Sendable {
  public var errors = 0
  public var warnings = 0
  public var notes = 0

  public init(errors: Int = 0, warnings: Int = 0, notes: Int = 0) {
    self.errors = errors
    self.warnings = warnings
    self.notes = notes
  }

  public init(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { add(diagnostic.severity) }
  }

  public mutating func add(_ severity: Severity) {
    switch severity {
    case .error: errors += 1
    case .warning: warnings += 1
    case .note: notes += 1
    }
  }

  public static func + (lhs: Self, rhs: Self) -> Self {
    Self(
      errors: lhs.errors + rhs.errors, warnings: lhs.warnings + rhs.warnings,
      notes: lhs.notes + rhs.notes)
  }

  /// "2 errors, 1 warning, 3 notes" / "2 ошибки, 1 предупреждение, 3 замечания".
  public func line(in language: Language) -> String { text.text(in: language) }

  /// The counts in both languages.
  public var text: LocalizedText {
    LocalizedText(
      english: [
        Self.english(errors, "error", "errors"),
        Self.english(warnings, "warning", "warnings"),
        Self.english(notes, "note", "notes"),
      ].joined(separator: ", "),
      russian: [
        RussianPlural.phrase(errors, "ошибка", "ошибки", "ошибок"),
        RussianPlural.phrase(warnings, "предупреждение", "предупреждения", "предупреждений"),
        RussianPlural.phrase(notes, "замечание", "замечания", "замечаний"),
      ].joined(separator: ", "))
  }

  private static func english(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
  }
}
