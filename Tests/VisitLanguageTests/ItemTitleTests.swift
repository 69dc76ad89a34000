import Testing
import VisitCore
import VisitLanguage

/// How a report narrates a programme line (issue 10: agreement with several
/// subjects; legs not narrated; the main fact not buried).
@Suite("Programme lines as a report narrates them")
struct ItemTitleTests {
  @Test("a leading journey goes; coordinated items are joined with 'и' and are plural")
  func coordinated() {
    let title = ItemTitle(
      "Переезд, осмотр выставочного комплекса «Салют, Победа!», возложение цветов к Вечному огню, "
        + "посадка дерева", language: .russian)
    #expect(
      title.text
        == "Осмотр выставочного комплекса «Салют, Победа!», возложение цветов к Вечному огню "
        + "и посадка дерева")
    #expect(title.items == 3)
    #expect(title.isPlural)
  }

  @Test("'Переезд и осмотр …' narrates the visit, not the journey")
  func journeyAndVisit() {
    let title = ItemTitle("Переезд и осмотр спортивного комплекса «Оренбуржье»", language: .russian)
    #expect(title.text == "Осмотр спортивного комплекса «Оренбуржье»")
    #expect(!title.isPlural)
  }

  @Test("a boarding sentence goes, so the main fact leads")
  func boarding() {
    let title = ItemTitle(
      "Посадка в автобусы и переезд на Поклонную гору. Знакомство с музеем Великой Отечественной "
        + "войны", language: .russian)
    #expect(title.text == "Знакомство с музеем Великой Отечественной войны")
  }

  @Test("commas that do not coordinate events stay as written")
  func notCoordinated() {
    let lunch = ItemTitle("Обед для членов делегаций, прибывших после 14.00", language: .russian)
    #expect(lunch.text == "Обед для членов делегаций, прибывших после 14.00")
    #expect(!lunch.isPlural)
    let village = ItemTitle(
      "Посещение строительства индивидуального жилья в пос. Пригородный", language: .russian)
    #expect(village.text == "Посещение строительства индивидуального жилья в пос. Пригородный")
    let journeyOnly = ItemTitle("Переезд", language: .russian)
    #expect(journeyOnly.text == "Переезд")
  }

  @Test("English lines work the same way")
  func english() {
    let title = ItemTitle("Transfer, wreath-laying, tour of the museum", language: .english)
    #expect(title.text == "Wreath-laying and tour of the museum")
    #expect(title.isPlural)
  }
}
