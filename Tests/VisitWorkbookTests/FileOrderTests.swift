import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitLoader
import VisitTestSupport
import VisitWorkbook
import VisitXLSX

/// File order is programme order in the workbook: an untimed item keeps its
/// place, a start-only item has no invented end, an all-day item says so.
@Suite("The workbook keeps the file's order", .serialized)
struct FileOrderTests {
  @Test("untimed, start-only and all-day items stay where the file puts them")
  func fileOrder() throws {
    let loaded = try VisitLoader.load(contentsOf: TestPaths.fixture("file-order.visit.yaml").path)
    let workbook = try OfficialWorkbook.make(
      loaded.visit, diagnostics: Checker().check(loaded), language: .russian)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("order.xlsx").path
    try WorkbookWriter.write(workbook, to: path)
    let book = try XLSXInspection(path: path)
    let titles = book.column("Программа", "D").compactMap { cell -> (Int, String)? in
      guard let text = cell.value as? String, text != "Событие" else { return nil }
      return (cell.row, text)
    }
    #expect(
      titles.map(\.1).suffix(5) == [
        "Завтрак", "Прибытие в Липецк", "Фотосъемка", "Ужин", "Выставка",
      ])
    let photo = try #require(titles.first { $0.1 == "Фотосъемка" }?.0)
    #expect(book.cell("Программа", "B\(photo)")?["value"] as? String == "2018-06-19T10:20:00")
    #expect(book.cell("Программа", "C\(photo)")?["value"] == nil)
    let arrival = try #require(titles.first { $0.1 == "Прибытие в Липецк" }?.0)
    #expect(
      (book.cell("Программа", "H\(arrival)")?["value"] as? String)?.contains("уточняется") == true)
    let exhibition = try #require(titles.first { $0.1 == "Выставка" }?.0)
    #expect(book.cell("Программа", "H\(exhibition)")?["value"] as? String == "в течение дня")
  }
}
