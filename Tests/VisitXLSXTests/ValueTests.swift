import Testing
import VisitXLSX

/// What libxlsxwriter 1.1.4 would accept and then corrupt is refused here.
@Suite("XLSX values")
struct ValueTests {
  /// The kind of error the body throws, or nil when it succeeds.
  func reason(_ body: () throws -> Void) -> XLSXError.Kind? {
    do {
      try body()
      return nil
    } catch let error as XLSXError {
      return error.kind
    } catch {
      return nil
    }
  }

  @Test("sheet names: Excel's rules, in every script")
  func sheetNames() throws {
    #expect(try SheetName("Программа").text == "Программа")
    #expect(try SheetName(String(repeating: "Ж", count: 31)).text.count == 31)
    for bad in [
      "", String(repeating: "Ж", count: 32), "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "'a", "a'",
      "History", "HISTORY", "a\u{1}b",
    ] {
      #expect(reason { _ = try SheetName(bad) } != nil, "\(bad)")
    }
  }

  @Test("two sheets whose names differ only in case, Cyrillic included, are refused")
  func duplicateNames() throws {
    var workbook = Workbook(properties: DocumentProperties(created: 0))
    try workbook.add(Worksheet(name: try SheetName("День 1")))
    #expect(
      reason { try workbook.add(Worksheet(name: try SheetName("ДЕНЬ 1"))) }
        == .duplicateSheetName("ДЕНЬ 1"))
    try workbook.add(Worksheet(name: try SheetName("День 2")))
    #expect(workbook.sheets.count == 2)
  }

  @Test("cells stay inside the sheet; numbers are finite; text fits and loses NUL")
  func cells() throws {
    var sheet = Worksheet(name: try SheetName("S"))
    #expect(
      reason { try sheet.write("x", row: 1_048_576, column: 0) }
        == .cellOutOfRange(row: 1_048_576, column: 0))
    #expect(reason { try sheet.write("x", row: 0, column: 16_384) } != nil)
    #expect(reason { try sheet.write(.number(.nan), row: 0, column: 0) } != nil)
    #expect(reason { try sheet.write(.number(.infinity), row: 0, column: 0) } != nil)
    #expect(
      reason { try sheet.write(String(repeating: "a", count: 32_768), row: 0, column: 0) } != nil)
    try sheet.write("a\0b", row: 0, column: 0)
    #expect(sheet.cells.last?.value == .text("ab"))
    try sheet.write("=HYPERLINK(\"http://evil\")", row: 1, column: 0)
    #expect(sheet.cells.last?.value == .text("=HYPERLINK(\"http://evil\")"))
  }

  @Test("merged ranges may not overlap each other or a filter")
  func merges() throws {
    var sheet = Worksheet(name: try SheetName("S"))
    let title = try CellRange(row: 0, columns: 0...7)
    try sheet.merge(title, text: "Title", style: CellStyle())
    let overlapping = try CellRange(rows: 0...1, columns: 3...4)
    #expect(
      reason { try sheet.merge(overlapping, text: "x", style: CellStyle()) }
        == .overlappingRange(title, overlapping))
    #expect(reason { try sheet.setAutofilter(try CellRange(rows: 0...5, columns: 0...2)) } != nil)
    try sheet.setAutofilter(try CellRange(rows: 1...5, columns: 0...2))
    // A single cell is written, not merged (1.1.4 refuses 1×1 merges).
    try sheet.merge(try CellRange(row: 9, columns: 0...0), text: "one", style: CellStyle())
    #expect(sheet.merges.count == 1)
    #expect(title.description == "A1:H1")
    #expect(CellRange.columnName(26) == "AA")
    #expect(CellRange.columnName(16_383) == "XFD")
  }

  @Test("dates that do not exist are refused (1.1.4 reads past an array for month 13)")
  func dates() throws {
    #expect(try LocalDateTime(year: 2018, month: 6, day: 19, hour: 10, minute: 30).hour == 10)
    #expect(try LocalDateTime(year: 2020, month: 2, day: 29).day == 29)
    #expect(try LocalDateTime(year: 2018, month: 6, day: 19, hour: 24, minute: 0).hour == 24)
    for (year, month, day, hour, minute) in [
      (2018, 13, 1, 0, 0), (2018, 2, 29, 0, 0), (2018, 6, 31, 0, 0), (2018, 6, 19, 25, 0),
      (2018, 6, 19, 10, 60), (1899, 12, 31, 0, 0), (2018, 6, 19, 24, 30),
    ] {
      #expect(
        reason {
          _ = try LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
        } != nil)
    }
  }

  @Test("headers and footers: codes, & escaped, at most 255 characters")
  func headers() throws {
    let footer = HeaderFooter(center: [.text("Стр. "), .pageNumber, .text(" из "), .pageCount])
    #expect(try footer.rendered() == "&CСтр. &P из &N")
    let header = HeaderFooter(left: [.text("R&D\nline")], right: [.text("x")])
    #expect(try header.rendered() == "&LR&&Dline&Rx")
    let long = HeaderFooter(center: [.text(String(repeating: "&", count: 200))])
    #expect(
      reason { _ = try long.rendered() }
        == .limitExceeded(what: "a page header or footer", limit: 255))
  }
}
