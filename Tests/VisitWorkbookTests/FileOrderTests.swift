import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitTestSupport
@testable import VisitWorkbook
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
      (book.cell("Программа", "G\(arrival)")?["value"] as? String)?.contains("уточняется") == true)
    let exhibition = try #require(titles.first { $0.1 == "Выставка" }?.0)
    #expect(book.cell("Программа", "G\(exhibition)")?["value"] as? String == "в течение дня")
  }
}

/// Delegations and groups in participant lists: their members by name, or
/// the body's name when nobody is named — never an id.
@Suite("The workbook names delegations and groups", .serialized)
struct GroupParticipantTests {
  static func programme(_ url: URL) throws -> XLSXInspection {
    // Check fixtures carry position markers; they are removed before loading.
    let loaded = VisitLoader.load(
      text: MarkedText(try String(contentsOf: url, encoding: .utf8)).text)
    let workbook = try OfficialWorkbook.make(
      loaded.visit, diagnostics: Checker().check(loaded), language: .russian)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("groups.xlsx").path
    try WorkbookWriter.write(workbook, to: path)
    return try XLSXInspection(path: path)
  }

  @Test("a delegation's members are listed; a delegation of no named people by its name")
  func groups() throws {
    let members = try Self.programme(TestPaths.fixture("checks/stays.visit.yaml"))
    let flowers = try #require(
      members.column("Программа", "D").first { $0.value as? String == "Возложение цветов" }?.row)
    #expect(
      members.cell("Программа", "F\(flowers)")?["value"] as? String
        == "Иваненко Пётр Иванович\nПетренко Ольга Ивановна\nЛукаш Андрей Павлович")
    let bodies = try Self.programme(TestPaths.seed("veterans-moscow-2001.visit.yaml"))
    let dinner = try #require(
      bodies.column("Программа", "D").first { $0.value as? String == "Ужин" }?.row)
    let names = try #require(bodies.cell("Программа", "F\(dinner)")?["value"] as? String)
    #expect(names.hasPrefix("делегации ветеранов из регионов Российской Федерации"))
    #expect(!names.contains("veterans"))
  }
}

/// An English workbook of a Russian visit uses the English twins.
@Suite("The workbook uses the twins", .serialized)
struct WorkbookTwinTests {
  @Test("title-en, notes-en and the day's title-en in an English workbook")
  func englishTwins() throws {
    let loaded = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: Визит, title-en: The visit, timezone: Europe/Moscow}
        people: {a: {name: Аров Иван, side: delegation}}
        days:
          - date: 2018-06-19
            title: Липецк
            title-en: Lipetsk
            events:
              - {title: Переговоры, title-en: Talks, notes: флаги, notes-en: flags, time: 10:00-11:00, participants: [a]}
        """)
    let workbook = try OfficialWorkbook.make(
      loaded.visit, diagnostics: Checker().check(loaded), language: .english)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("twins.xlsx").path
    try WorkbookWriter.write(workbook, to: path)
    let book = try XLSXInspection(path: path)
    #expect(book.cell("Programme", "A1")?["value"] as? String == "The visit")
    #expect(book.cell("Programme", "A3")?["value"] as? String == "Tuesday, 19 June 2018 — Lipetsk")
    #expect(book.cell("Programme", "D4")?["value"] as? String == "Talks")
    #expect(book.cell("Programme", "G4")?["value"] as? String == "flags")
  }
}

/// Accommodation, transport and press in the workbook (issue 10, item 3),
/// and no blank sheets.
@Suite("The workbook: stays, transport, press", .serialized)
struct WorkbookProgrammeKeysTests {
  static func book(_ url: URL, language: Language = .russian) throws -> XLSXInspection {
    let loaded = try VisitLoader.load(contentsOf: url.path)
    let workbook = try OfficialWorkbook.make(
      loaded.visit, diagnostics: Checker().check(loaded), language: language)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("keys.xlsx").path
    try WorkbookWriter.write(workbook, to: path)
    return try XLSXInspection(path: path)
  }

  @Test("Размещение lists each stay; Программа gains transport and press columns")
  func stays() throws {
    let book = try Self.book(TestPaths.fixture("programme-keys.visit.yaml"))
    #expect(book.sheetNames.contains("Размещение"))
    #expect(book.cell("Размещение", "B2")?["value"] as? String == "SKYCITY\n88 Federal Street")
    #expect(book.cell("Размещение", "F2")?["value"] as? Int == 5)
    // No event names a responsible official: that column is left out.
    #expect(book.cell("Программа", "G2")?["value"] as? String == "Транспорт")
    #expect(book.cell("Программа", "H2")?["value"] as? String == "Пресса")
    #expect(book.cell("Программа", "I2")?["value"] as? String == "Примечание")
    let transfer = try #require(
      book.column("Программа", "D").first { $0.value as? String == "Переезд в гостиницу" }?.row)
    #expect(
      book.cell("Программа", "G\(transfer)")?["value"] as? String
        == "аэропорт Окленда → SKYCITY\nкортеж")
    let arrival = transfer - 1
    #expect(
      book.cell("Программа", "H\(arrival)")?["value"] as? String
        == "протокольная съёмка\nсъемка у трапа")
    let talks = transfer + 1
    #expect(
      (book.cell("Программа", "I\(talks)")?["value"] as? String)?.contains(
        "Служебно: флаги на столе") == true)
  }

  @Test("a programme of bodies only has no blank Участники or Участие sheet")
  func noBlankSheets() throws {
    let book = try Self.book(TestPaths.seed("veterans-moscow-2001.visit.yaml"))
    #expect(book.sheetNames == ["Программа", "Площадки", "Размещение", "Проверка"])
    #expect(book.cell("Программа", "G2")?["value"] as? String == "Транспорт")
  }
}

/// A day's heading never ends a printed page (issue 10, item 4).
@Suite("Page breaks keep a day with its heading")
struct PageBreakTests {
  @Test("a heading that would end a page moves to the next one")
  func headingMoves() throws {
    // Header row 0, then rows of 100 pt; a page holds 420 pt. The heading
    // (row 4, 20 pt) would fit after 320 pt, but its first event would not.
    var heights: [Int: Double] = [0: 20]
    for row in 1...12 { heights[row] = 100 }
    try #require(heights.count > 4)
    heights[4] = 20
    let breaks = Layout.breaks(
      rows: 0..<13, heights: heights, keptWithNext: [4], headerRow: 0, pageHeight: 420)
    // The heading starts page 2; every later page break is set too, so that
    // no viewer breaks elsewhere.
    #expect(breaks == [4, 8, 12])
  }

  @Test("no break is added where the heading and its first row fit")
  func headingStays() {
    let heights: [Int: Double] = [0: 20, 1: 20, 2: 50, 3: 50, 4: 20, 5: 50]
    let breaks = Layout.breaks(
      rows: 0..<6, heights: heights, keptWithNext: [1, 4], headerRow: 0, pageHeight: 450)
    #expect(breaks.isEmpty)
  }
}
