public import VisitCore

/// Prints diagnostics the way compilers do, one per line, with the related
/// locations under it:
///
/// ```
/// visit.yaml:42:9: error: … [person-overlap]
/// visit.yaml:30:9: note: the other event is here
/// ```
public struct TextDiagnosticPrinter: Sendable {
  /// The path as the user typed it.
  public var fileName: String
  public var language: Language
  /// ANSI colours; only for a terminal, and never with `NO_COLOR`.
  public var usesColor: Bool

  public init(fileName: String, language: Language, usesColor: Bool = false) {
    self.fileName = fileName
    self.language = language
    self.usesColor = usesColor
  }

  public func render(_ diagnostics: some Sequence<Diagnostic>) -> String {
    var output = ""
    for diagnostic in diagnostics {
      output += line(
        at: diagnostic.location, severityLabel: label(diagnostic.severity),
        color: color(diagnostic.severity),
        message: diagnostic.message.text(in: language), rule: diagnostic.rule)
      for note in diagnostic.related {
        output += line(
          at: note.location, severityLabel: label(.note), color: color(.note),
          message: note.message.text(in: language), rule: nil)
      }
    }
    return output
  }

  /// A mistake in another file the command read (a template), as an error
  /// at its place there: `templates/report.txt:3:7: error: …`, or
  /// `report.txt: error: …` when it has no line.
  public func renderProblem(in file: String, line: Int, column: Int, message: LocalizedText)
    -> String
  {
    guard line > 0 else {
      let text = "\(file): \(label(.error)): \(message.text(in: language))"
      return usesColor ? "\(ANSI.bold)\(text)\(ANSI.reset)\n" : text + "\n"
    }
    var printer = self
    printer.fileName = file
    return printer.line(
      at: SourceLocation(line: line, column: column), severityLabel: label(.error),
      color: color(.error), message: message.text(in: language), rule: nil)
  }

  /// The line after the diagnostics a limit cut short: "…and 499 more
  /// (--max-diagnostics 0 prints all)"; nothing when none were left out.
  public func renderOmitted(_ count: Int) -> String {
    guard count > 0 else { return "" }
    let text = LocalizedText(
      english: "…and \(count) more (--max-diagnostics 0 prints all)",
      russian: "…и ещё \(count) (--max-diagnostics 0 выводит все)"
    ).text(in: language)
    return (usesColor ? "\(ANSI.dim)\(text)\(ANSI.reset)" : text) + "\n"
  }

  /// The closing line: "2 errors, 1 warning, 3 notes".
  public func renderSummary(_ summary: DiagnosticSummary) -> String {
    let text = summary.line(in: language)
    return (usesColor ? "\(ANSI.bold)\(text)\(ANSI.reset)" : text) + "\n"
  }

  private func line(
    at location: SourceLocation, severityLabel: String, color: String, message: String,
    rule: RuleID?
  ) -> String {
    let position = "\(fileName):\(location.line):\(location.column):"
    let slug = rule.map { " [\($0.slug)]" } ?? ""
    guard usesColor else {
      return "\(position) \(severityLabel): \(message)\(slug)\n"
    }
    return "\(ANSI.bold)\(position)\(ANSI.reset) \(color)\(severityLabel):\(ANSI.reset) "
      + "\(ANSI.bold)\(message)\(ANSI.reset)\(ANSI.dim)\(slug)\(ANSI.reset)\n"
  }

  private func label(_ severity: Severity) -> String {
    severity.name.text(in: language)
  }

  private func color(_ severity: Severity) -> String {
    switch severity {
    case .error: ANSI.boldRed
    case .warning: ANSI.boldMagenta
    case .note: ANSI.boldCyan
    }
  }
}

/// The escape sequences the printer uses, the same ones clang and swiftc use.
enum ANSI {
  static let reset = "\u{1B}[0m"
  static let bold = "\u{1B}[1m"
  static let dim = "\u{1B}[2m"
  static let boldRed = "\u{1B}[1;31m"
  static let boldMagenta = "\u{1B}[1;35m"
  static let boldCyan = "\u{1B}[1;36m"
}
