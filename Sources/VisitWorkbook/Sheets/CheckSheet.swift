import VisitCore
import VisitDiagnostics
import VisitXLSX

/// `Проверка`: every diagnostic of `visitplan check` — severity, rule,
/// message, line — errors on red, warnings on amber.
enum CheckSheet {
  static func make(
    _ diagnostics: [Diagnostic], title: String, labels: Labels
  ) throws(XLSXError) -> Worksheet {
    let headers =
      WorkbookMessages.checkHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.check, headers: headers, limits: [5...6, 13...16, 15...20, 47...70, 7...8])
    for (index, diagnostic) in diagnostics.enumerated() {
      let style: CellStyle =
        switch diagnostic.severity {
        case .error: Styles.error
        case .warning: Styles.warning
        case .note: Styles.body
        }
      var numberStyle = Styles.number
      numberStyle.fill = style.fill
      try table.number(index + 1, column: 0, style: numberStyle)
      try table.text(labels.severity(diagnostic.severity), column: 1, style: style)
      try table.text(diagnostic.rule.slug, column: 2, style: style)
      try table.text(diagnostic.message.text(in: labels.language), column: 3, style: style)
      try table.number(diagnostic.location.line, column: 4, style: numberStyle)
      table.nextRow()
    }
    return try table.finish(orientation: .portrait, pageTitle: title, labels: labels)
  }
}
