// Builds the officials' workbook of a visit file and times its phases; with
// --dump, also writes the workbook's exact cell plan (styles, cells, merges,
// widths, heights, print setup) as text for Benchmarks/c/write_cells.c, which
// writes the same cells straight through libxlsxwriter.
//
//     swift run -c release export-benchmark FILE OUT.xlsx [--dump PLAN.tsv]
import Foundation
import VisitCheck
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitWorkbook
import VisitXLSX

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(
    Data("usage: export-benchmark FILE OUT.xlsx [--dump PLAN.tsv]\n".utf8))
  exit(2)
}
let clock = ContinuousClock()
func seconds(_ duration: Duration) -> String {
  let (whole, fraction) = duration.components
  return String(format: "%.3f", Double(whole) + Double(fraction) / 1e18)
}

var mark = clock.now
let loaded = try VisitLoader.load(contentsOf: arguments[1])
let load = clock.now - mark
mark = clock.now
let diagnostics = Checker().check(loaded)
let check = clock.now - mark
mark = clock.now
let workbook = try OfficialWorkbook.make(
  loaded.visit, diagnostics: diagnostics, language: loaded.visit.info.effectiveLanguage)
let build = clock.now - mark
mark = clock.now
try WorkbookWriter.write(workbook, to: arguments[2])
let write = clock.now - mark
let cells = workbook.sheets.reduce(0) { $0 + $1.cells.count + $1.merges.count }
print(
  "events \(loaded.visit.events.count)  cells \(cells)  load \(seconds(load)) s  check \(seconds(check)) s  "
    + "build \(seconds(build)) s  write \(seconds(write)) s")

if arguments.count >= 5, arguments[3] == "--dump" {
  var styles: [CellStyle: Int] = [:]
  var lines: [String] = []
  func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
      .replacingOccurrences(of: "\n", with: "\\n")
  }
  func style(_ style: CellStyle?) -> String {
    guard let style else { return "-" }
    if let id = styles[style] { return String(id) }
    let id = styles.count
    styles[style] = id
    let horizontal =
      switch style.horizontal {
      case .left: "l"
      case .center: "c"
      case .right: "r"
      case nil: "-"
      }
    let vertical =
      switch style.vertical {
      case .top: "t"
      case .center: "c"
      case nil: "-"
      }
    lines.append(
      [
        "F", String(id), style.fontName, String(style.fontSize), style.isBold ? "1" : "0",
        style.isItalic ? "1" : "0", style.fontColor.map { String($0) } ?? "-",
        style.numberFormat ?? "-", horizontal, vertical, style.wrapsText ? "1" : "0",
        style.hasBorder ? "1" : "0", style.fill.map { String($0) } ?? "-",
      ].joined(separator: "\t"))
    return String(id)
  }
  lines.append("X\t\(escape(workbook.properties.title))\t\(workbook.properties.created)")
  for sheet in workbook.sheets {
    lines.append("S\t\(escape(sheet.name.text))")
    for column in sheet.columns {
      lines.append(
        "W\t\(column.columns.lowerBound)\t\(column.columns.upperBound)\t\(column.width)\t\(style(column.style))"
      )
    }
    for (row, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
      lines.append("H\t\(row)\t\(height)")
    }
    for cell in sheet.cells {
      let position = "\(cell.row)\t\(cell.column)\t\(style(sheet.style(of: cell)))"
      switch cell.value {
      case .text(let text): lines.append("T\t\(position)\t\(escape(text))")
      case .number(let number): lines.append("N\t\(position)\t\(number)")
      case .dateTime(let value):
        lines.append(
          "D\t\(position)\t\(value.year)\t\(value.month)\t\(value.day)\t\(value.hour)\t\(value.minute)"
        )
      case .blank: lines.append("B\t\(position)")
      }
    }
    for merge in sheet.merges {
      let range = merge.range
      lines.append(
        "M\t\(range.firstRow)\t\(range.firstColumn)\t\(range.lastRow)\t\(range.lastColumn)\t"
          + "\(style(merge.style))\t\(escape(merge.text))")
    }
    if let (rows, columns) = sheet.frozen { lines.append("Z\t\(rows)\t\(columns)") }
    if let range = sheet.autofilter {
      lines.append(
        "A\t\(range.firstRow)\t\(range.firstColumn)\t\(range.lastRow)\t\(range.lastColumn)")
    }
    let page = sheet.page
    lines.append(
      [
        "P", page.orientation == .landscape ? "l" : "p",
        String(page.fitToPages?.width ?? 0), String(page.fitToPages?.height ?? 0),
        String(page.repeatedRows?.lowerBound ?? -1), String(page.repeatedRows?.upperBound ?? -1),
        escape((try? page.header?.rendered() ?? "") ?? ""),
        escape((try? page.footer?.rendered() ?? "") ?? ""),
      ].joined(separator: "\t"))
  }
  try (lines.joined(separator: "\n") + "\n").write(
    toFile: arguments[4], atomically: true, encoding: .utf8)
}
