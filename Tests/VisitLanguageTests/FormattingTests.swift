import Foundation
import Testing
import VisitCore
import VisitLanguage
import VisitTestSupport

/// Dates, times, lists and wrapping for documents.
@Suite("Document formatting")
struct FormattingTests {
  let date = day(2018, 6, 19)

  @Test("dates as ГОСТ Р 7.0.97 writes them, and their English twins")
  func dates() {
    #expect(DateFormat.long(date, .russian) == "19 июня 2018 г.")
    #expect(DateFormat.long(date, .english) == "19 June 2018")
    #expect(DateFormat.numeric(date) == "19.06.2018")
    #expect(DateFormat.dayHeading(date, .russian) == "19 июня, вторник")
    #expect(DateFormat.dayHeading(date, .english) == "Tuesday, 19 June")
    #expect(
      DateFormat.long(day(2018, 6, 5), .russian) == "5 июня 2018 г.")
  }

  @Test("ranges: an unspaced en dash between numbers, a spaced one between longer parts")
  func ranges() {
    let start = day(2018, 6, 18)
    #expect(DateFormat.range(start, start.adding(days: 2), .russian) == "18–20 июня 2018 г.")
    #expect(DateFormat.range(start, start.adding(days: 2), .english) == "18–20 June 2018")
    #expect(
      DateFormat.range(
        day(2018, 6, 30), day(2018, 7, 2),
        .russian)
        == "30 июня – 2 июля 2018 г.")
    #expect(
      DateFormat.range(
        day(2018, 12, 30), day(2019, 1, 2),
        .russian)
        == "30 декабря 2018 г. – 2 января 2019 г.")
    #expect(DateFormat.range(start, start, .russian) == "18 июня 2018 г.")
    let times = TimeRange(
      start: WallClockTime(minutesSinceMidnight: 600) ?? .endOfDay,
      end: WallClockTime(minutesSinceMidnight: 690) ?? .endOfDay)
    #expect(TimeFormat.range(times) == "10:00–11:30")
  }

  @Test("the month and weekday tables match ICU with explicit ru_RU and en_GB locales")
  func tablesMatchICU() {
    for (identifier, language) in [("ru_RU", Language.russian), ("en_GB", .english)] {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: identifier)
      formatter.calendar = Calendar(identifier: .gregorian)
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = "d MMMM"
      let weekdays = DateFormatter()
      weekdays.locale = formatter.locale
      weekdays.calendar = formatter.calendar
      weekdays.timeZone = formatter.timeZone
      weekdays.dateFormat = "EEEE"
      for offset in 0..<365 {
        let day = day(2018, 1, 1).adding(days: offset)
        let instant = Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400 + 43_200)
        #expect(formatter.string(from: instant) == DateFormat.dayAndMonth(day, language))
        #expect(
          weekdays.string(from: instant).lowercased()
            == DateFormat.weekday(day.weekday, language).lowercased())
      }
    }
  }

  @Test("lists: А, Б и В / A, B and C")
  func lists() {
    #expect(ListFormat.join(["А", "Б", "В"], .russian) == "А, Б и В")
    #expect(ListFormat.join(["A", "B"], .english) == "A and B")
    #expect(ListFormat.join(["A"], .english) == "A")
    #expect(ListFormat.join([], .russian) == "")
  }

  @Test("wrapping counts characters, not bytes, and keeps every line within the width")
  func wrapsByCharacters() {
    let text = String(repeating: "Слово ", count: 40)
    let wrapped = TextWrapper(width: 30).wrap(text)
    for line in wrapped.split(separator: "\n") {
      #expect(line.count <= 30)
      #expect(line.utf8.count > 30 || line.count < 15)
    }
    #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text.trimmingSpaces())
  }

  @Test("a wrapped line continues under its text: after a time column, a number, an indent")
  func hangingIndent() {
    let wrapper = TextWrapper(width: 30)
    #expect(
      wrapper.wrap("10:00–11:30  Встреча с главой города Липецка Сергеем Ивановым")
        == "10:00–11:30  Встреча с главой\n             города Липецка\n             Сергеем Ивановым"
    )
    #expect(
      wrapper.wrap("12. Жевлаков Сергей Петрович, глава администрации")
        == "12. Жевлаков Сергей Петрович,\n    глава администрации")
  }

  @Test("no break after an initial, an abbreviation or a one-letter word, nor before г.")
  func glue() {
    let wrapper = TextWrapper(width: 20)
    #expect(wrapper.wrap("подарок вручил С. Жевлаков") == "подарок вручил\nС. Жевлаков")
    #expect(wrapper.wrap("встреча прошла в администрации") == "встреча прошла\nв администрации")
    #expect(wrapper.wrap("Дата: 19 июня 2018 г.") == "Дата: 19 июня\n2018 г.")
  }
}

/// A date of the tests; they name only real ones.
private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
  CalendarDate(year: year, month: month, day: day) ?? CalendarDate(daysSinceEpoch: 0)
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    trimmingCharacters(in: .whitespaces)
  }
}

@Suite("Text search")
struct TextSearchTests {
  @Test("finds what String.contains finds, for random Cyrillic and ASCII texts")
  func agreesWithContains() {
    var random = SeededGenerator(seed: 3)
    let alphabet = Array("абвa b")
    for _ in 0..<5_000 {
      let haystack = String(
        (0..<Int.random(in: 0...30, using: &random)).map { _ in
          alphabet.randomElement(using: &random) ?? "а"
        })
      let needle = String(
        (0..<Int.random(in: 0...4, using: &random)).map { _ in
          alphabet.randomElement(using: &random) ?? "а"
        })
      #expect(
        TextSearch.contains(haystack, needle) == haystack.contains(needle), "\(haystack) \(needle)")
    }
  }

  @Test("a long text without the needle, and a long needle, are searched in linear time")
  func longTexts() {
    let flags = String(repeating: "🇷🇺", count: 100_000)
    #expect(!TextSearch.contains(flags, "зал"))
    #expect(TextSearch.contains(flags + "зал", String(repeating: "🇷🇺", count: 50_000) + "зал"))
  }
}
