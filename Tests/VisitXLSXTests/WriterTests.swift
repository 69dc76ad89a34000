import Foundation
import Testing
import VisitTestSupport
import VisitXLSX

/// Writing through libxlsxwriter, read back with an independent reader.
@Suite("Writing workbooks")
struct WriterTests {
  func sample() throws -> Workbook {
    var sheet = Worksheet(name: try SheetName("Программа"))
    try sheet.merge(
      try CellRange(row: 0, columns: 0...2), text: "Визит", style: CellStyle(isBold: true))
    try sheet.write("Начало", row: 1, column: 0, style: CellStyle(isBold: true))
    let time = try LocalDateTime(year: 2018, month: 6, day: 19, hour: 10, minute: 0)
    try sheet.write(.dateTime(time), row: 2, column: 0, style: CellStyle(numberFormat: "hh:mm"))
    try sheet.write(.number(123.45), row: 2, column: 1)
    try sheet.write("=1+1", row: 2, column: 2)
    try sheet.setColumns(0...0, width: 21.28)
    try sheet.freeze(rows: 2, columns: 0)
    sheet.page = PageSetup(
      orientation: .landscape, repeatedRows: 1...1,
      footer: HeaderFooter(center: [.text("Стр. "), .pageNumber, .text(" из "), .pageCount]))
    var workbook = Workbook(properties: DocumentProperties(title: "T", created: 1_529_280_000))
    try workbook.add(sheet)
    return workbook
  }

  @Test("a written workbook reads back: text, real date-times, numbers, merges, panes, print setup")
  func roundTrip() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.xlsx").path
    try WorkbookWriter.write(try sample(), to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlsx"])
    let book = try XLSXInspection(path: path)
    #expect(book.sheetNames == ["Программа"])
    #expect(book.cell("Программа", "A1")?["value"] as? String == "Визит")
    #expect(book.cell("Программа", "A3")?["date"] as? Bool == true)
    #expect(book.cell("Программа", "A3")?["format"] as? String == "hh:mm")
    #expect(book.cell("Программа", "A3")?["value"] as? String == "2018-06-19T10:00:00")
    #expect(book.cell("Программа", "B3")?["value"] as? Double == 123.45)
    #expect(book.cell("Программа", "C3")?["type"] as? String == "s")
    #expect(book.formulaCount == 0)
    let sheet = try #require(book.sheet("Программа"))
    #expect(sheet["merged"] as? [String] == ["A1:C1"])
    #expect(sheet["freeze"] as? String == "A3")
    #expect(sheet["orientation"] as? String == "landscape")
    #expect(sheet["paper"] as? Int == 9)
    #expect(sheet["titleRows"] as? String == "$2:$2")
    #expect(sheet["footer"] as? String == "Стр. &P из &N")
    #expect(book.properties["created"] as? String == "2018-06-18T00:00:00")
  }

  @Test("the same workbook gives the same bytes")
  func reproducible() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a.xlsx").path
    let second = folder.appendingPathComponent("b.xlsx").path
    try WorkbookWriter.write(try sample(), to: first)
    try WorkbookWriter.write(try sample(), to: second)
    #expect(
      FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
  }

  @Test("a Russian numeric locale does not put commas into the XML")
  func locale() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("ru.xlsx").path
    // On this thread only (`uselocale`): `setlocale` would change it for the
    // whole test process, and a test running beside this one that formats
    // numbers (a calendar's GEO) would print commas.
    guard let russian = newlocale(LC_NUMERIC_MASK, "ru_RU.UTF-8", nil) else {
      Issue.record("the ru_RU.UTF-8 locale is not installed; make test's set-up generates it")
      return
    }
    let previous = uselocale(russian)
    defer {
      uselocale(previous)
      freelocale(russian)
    }
    #expect(String(format: "%.2f", 1.5) == "1,50")
    try WorkbookWriter.write(try sample(), to: path)
    let book = try XLSXInspection(path: path)
    #expect(book.cell("Программа", "B3")?["value"] as? Double == 123.45)
  }

  @Test("an unwritable destination is an error up front, and leaves nothing behind")
  func unwritable() throws {
    do {
      try WorkbookWriter.write(try sample(), to: "/no/such/folder/out.xlsx")
      Issue.record("wrote to a missing folder")
    } catch let error as XLSXError {
      guard case .fileSystem(let path, let reason) = error.kind else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(path == "/no/such/folder/out.xlsx")
      #expect(reason.contains("No such file"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("a failure while writing removes the temporary file and keeps the old file")
  func failureKeepsOld() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.xlsx").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    var workbook = try sample()
    var bad = Worksheet(name: try SheetName("Bad"))
    bad.page = PageSetup(header: HeaderFooter(center: [.text(String(repeating: "x", count: 300))]))
    try workbook.add(bad)
    #expect(throws: XLSXError.self) { try WorkbookWriter.write(workbook, to: path) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlsx"])
    #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
  }
}
