import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport
import VisitWorkbook
import VisitXLSX

/// The seed programme's workbook, written and read back with openpyxl.
@Suite("The seed programme's workbook", .serialized)
struct SeedWorkbookTests {
  static func export(
    _ url: URL = TestPaths.seedProgramme, language: Language = .russian
  ) throws -> (Visit, XLSXInspection) {
    let loaded = try VisitLoader.load(contentsOf: url.path)
    let diagnostics = Checker().check(loaded)
    let workbook = try OfficialWorkbook.make(
      loaded.visit, diagnostics: diagnostics, language: language)
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("seed.xlsx").path
    try WorkbookWriter.write(workbook, to: path)
    return (loaded.visit, try XLSXInspection(path: path))
  }

  @Test("sheets in order; no check sheet for a clean programme; no formulas anywhere")
  func sheets() throws {
    let (_, book) = try Self.export()
    #expect(
      book.sheetNames == ["Программа", "Участники", "Участие", "Площадки", "Соглашения", "Подарки"])
    #expect(book.formulaCount == 0)
  }

  @Test("every event is in Программа under its day, with real times formatted hh:mm")
  func programme() throws {
    let (visit, book) = try Self.export()
    let titles = book.column("Программа", "D")
    let headings = book.column("Программа", "A").filter {
      $0.value is String && ($0.value as? String)?.contains("2018") == true
    }
    #expect(
      headings.map { $0.value as? String } == [
        "18 июня 2018 г., понедельник — Липецк",
        "19 июня 2018 г., вторник — Измалковский муниципальный район",
        "20 июня 2018 г., среда — Чаплыгин",
      ])
    for day in visit.days {
      let heading = try #require(
        headings.first { ($0.value as? String)?.hasPrefix("\(day.date?.value.day ?? 0) ") == true })
      let next = headings.first { $0.row > heading.row }?.row ?? Int.max
      for event in day.events {
        let row = try #require(
          titles.first { $0.value as? String == event.title?.value }?.row, "\(event.id.value)")
        #expect(row > heading.row && row < next, "\(event.id.value) is under its day")
        let start = try #require(book.cell("Программа", "B\(row)"))
        #expect(start["date"] as? Bool == true)
        #expect(start["format"] as? String == "hh:mm")
        let time = try #require(event.time?.value)
        let date = try #require(event.date)
        #expect(start["value"] as? String == "\(date)T\(time.start):00")
        #expect(book.cell("Программа", "C\(row)")?["value"] as? String == "\(date)T\(time.end):00")
      }
    }
    let sheet = try #require(book.sheet("Программа"))
    let merged = try #require(sheet["merged"] as? [String])
    #expect(merged.contains("A1:H1"))
    for heading in headings { #expect(merged.contains("A\(heading.row):H\(heading.row)")) }
    #expect(book.cell("Программа", "A1")?["value"] as? String == visit.info.title?.value)
  }

  @Test(
    "print setup: A4, margins, fit to width, repeated header, title and page numbers, frozen header"
  )
  func printSetup() throws {
    let (_, book) = try Self.export()
    for sheet in book.sheets {
      let name = sheet["name"] as? String ?? ""
      #expect(sheet["paper"] as? Int == 9, "\(name)")
      #expect(sheet["margins_mm"] as? [Double] == [20, 10, 20, 20], "\(name)")
      #expect(sheet["fitToPage"] as? Bool == true, "\(name)")
      #expect(sheet["fitToHeight"] as? Int == 0, "\(name)")
      #expect(sheet["footer"] as? String == "Стр. &P из &N", "\(name)")
      #expect(
        sheet["header"] as? String == "Визит делегации города Стаханова в Липецкую область",
        "\(name)")
      let landscape = name == "Программа" || name == "Участие"
      #expect(sheet["orientation"] as? String == (landscape ? "landscape" : "portrait"), "\(name)")
    }
    #expect(book.sheet("Программа")?["freeze"] as? String == "A3")
    #expect(book.sheet("Программа")?["titleRows"] as? String == "$2:$2")
    #expect(book.sheet("Участники")?["freeze"] as? String == "A2")
    #expect(book.sheet("Участники")?["autofilter"] as? String == "A1:F8")
    #expect(
      book.sheet("Программа")?["autofilter"] == nil
        || book.sheet("Программа")?["autofilter"] is NSNull)
  }

  @Test("participants in protocol order: the head, the delegation, then the hosts")
  func participants() throws {
    let (_, book) = try Self.export()
    let names = book.column("Участники", "B").dropFirst().map { $0.value as? String }
    #expect(
      names == [
        "Жевлаков Сергей", "Жулинская Наталья", "представитель совета ветеранов города Стаханова",
        "Рощупкин Леонид", "Иванов Сергей", "Королев Олег", "Котов Евгений",
      ])
    #expect(book.cell("Участники", "E2")?["value"] as? String == "делегация")
    #expect(book.cell("Участники", "F2")?["value"] as? Int == 8)
    #expect(book.cell("Участники", "F2")?["type"] as? String == "n")
  }

  @Test("venues, agreements and gifts carry the seed's facts; dates are dates")
  func registers() throws {
    let (_, book) = try Self.export()
    let hours = book.column("Площадки", "E").map { $0.value as? String ?? "" }
    #expect(hours.contains("пн закрыто; вт–вс 09:00–17:00; закрыто 22.06.2018"))
    #expect(
      book.column("Соглашения", "B").dropFirst().map { $0.value as? String } == [
        "Соглашение о сотрудничестве", "Соглашение об установлении побратимских отношений",
        "Соглашение о сотрудничестве в сфере развития ветеранского движения и расширения двухсторонних связей",
      ])
    #expect(book.cell("Соглашения", "F2")?["format"] as? String == "dd.mm.yyyy")
    #expect(book.cell("Соглашения", "F2")?["value"] as? String == "2018-06-19T00:00:00")
    #expect(book.cell("Подарки", "H3")?["value"] as? String == "нет, передан")
    #expect(book.cell("Подарки", "F3")?["value"] as? String == "Королев Олег")
  }

  @Test("document properties, with a fixed creation time: the visit's first day")
  func properties() throws {
    let (_, book) = try Self.export()
    #expect(
      book.properties["title"] as? String == "Визит делегации города Стаханова в Липецкую область")
    #expect(book.properties["creator"] as? String == "ОВПИ")
    #expect(book.properties["created"] as? String == "2018-06-18T00:00:00")
  }

  @Test("in English: the English twins of the sheets, headings and names")
  func english() throws {
    let (_, book) = try Self.export(language: .english)
    #expect(
      book.sheetNames == [
        "Programme", "Participants", "Attendance", "Venues", "Agreements", "Gifts",
      ])
    #expect(book.cell("Programme", "A3")?["value"] as? String == "Monday, 18 June 2018 — Липецк")
    #expect(book.cell("Participants", "B2")?["value"] as? String == "Sergei Zhevlakov")
    #expect(book.sheet("Programme")?["footer"] as? String == "Page &P of &N")
  }

  @Test("a visit with diagnostics gets the Проверка sheet, errors on red")
  func checkSheet() throws {
    let (_, book) = try Self.export(TestPaths.seedAccount)
    #expect(book.sheetNames.last == "Проверка")
    #expect(book.cell("Проверка", "B2")?["value"] as? String == "замечание")
    let levels = book.column("Проверка", "B").dropFirst().compactMap { $0.value as? String }
    #expect(levels.filter { $0 == "предупреждение" }.count == 4)
    #expect(book.cell("Проверка", "E2")?["type"] as? String == "n")
  }
}
