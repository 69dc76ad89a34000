public import VisitCore
public import VisitDiagnostics

/// A mistake in a template, where it is: the report is not written.
public struct TemplateProblem: Error, Hashable, Sendable {
  /// The template's path as the user gave it, or its built-in name.
  public var file: String
  public var line: Int
  public var column: Int
  public var message: LocalizedText

  public init(file: String, line: Int, column: Int, message: LocalizedText) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }
}

/// Every mistake found in a template and the templates it includes.
public struct TemplateProblems: Error, Sendable {
  public var problems: [TemplateProblem]

  public init(_ problems: [TemplateProblem]) {
    self.problems = problems
  }
}
