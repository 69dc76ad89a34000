import Testing
import VisitCore

@Suite("Calendar dates")
struct CalendarDateTests {
  @Test("parses YYYY-MM-DD and refuses dates that do not exist")
  func parsing() {
    #expect(CalendarDate(parsing: "2018-06-19") == CalendarDate(year: 2018, month: 6, day: 19))
    #expect(CalendarDate(parsing: "2018-02-30") == nil)
    #expect(CalendarDate(parsing: "2018-02-29") == nil)
    #expect(CalendarDate(parsing: "2020-02-29") != nil)
    #expect(CalendarDate(parsing: "1900-02-29") == nil)
    #expect(CalendarDate(parsing: "2000-02-29") != nil)
    #expect(CalendarDate(parsing: "2018-6-19") == nil)
    #expect(CalendarDate(parsing: "19.06.2018") == nil)
    #expect(CalendarDate(parsing: "2018-13-01") == nil)
    #expect(CalendarDate(parsing: "２０１８-06-19") == nil)
  }

  @Test("knows the weekday from the date alone")
  func weekdays() {
    #expect(CalendarDate(year: 2018, month: 6, day: 19)?.weekday == .tuesday)
    #expect(CalendarDate(year: 1970, month: 1, day: 1)?.weekday == .thursday)
    #expect(CalendarDate(year: 2026, month: 11, day: 25)?.weekday == .wednesday)
    #expect(CalendarDate(year: 1935, month: 8, day: 31)?.weekday == .saturday)
  }

  @Test("counts days both ways without drift", arguments: [-800_000, -1, 0, 1, 17_701, 2_900_000])
  func dayArithmetic(days: Int) {
    let date = CalendarDate(daysSinceEpoch: days)
    #expect(date.daysSinceEpoch == days)
    #expect(date.adding(days: 1).daysSinceEpoch == days + 1)
  }

  @Test("prints as YYYY-MM-DD")
  func description() {
    #expect(CalendarDate(year: 2018, month: 6, day: 9)?.description == "2018-06-09")
  }
}
