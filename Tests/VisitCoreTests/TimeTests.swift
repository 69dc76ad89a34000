import Testing
import VisitCore

@Suite("Times, durations and ranges")
struct TimeTests {
  @Test("times of day")
  func times() {
    #expect(WallClockTime(parsing: "10:00")?.minutesSinceMidnight == 600)
    #expect(WallClockTime(parsing: "9:05")?.minutesSinceMidnight == 545)
    #expect(WallClockTime(parsing: "10.30")?.minutesSinceMidnight == 630)
    #expect(WallClockTime(parsing: "25:00") == nil)
    #expect(WallClockTime(parsing: "10:60") == nil)
    #expect(WallClockTime(parsing: "24:00") == nil)
    #expect(WallClockTime(parsing: "24:00", allowsEndOfDay: true) == .endOfDay)
    #expect(WallClockTime(parsing: "24:01", allowsEndOfDay: true) == nil)
    #expect(WallClockTime(parsing: "10") == nil)
    #expect(WallClockTime(parsing: "600") == nil)
    #expect(WallClockTime(hour: 9, minute: 5)?.description == "09:05")
  }

  @Test("durations: 90m, 1h, 1h30m")
  func durations() {
    #expect(Minutes(parsing: "90m") == Minutes(90))
    #expect(Minutes(parsing: "1h") == Minutes(60))
    #expect(Minutes(parsing: "1h30m") == Minutes(90))
    #expect(Minutes(parsing: "1h 30m") == Minutes(90))
    #expect(Minutes(parsing: "90") == nil)
    #expect(Minutes(parsing: "1h30") == nil)
    #expect(Minutes(parsing: "m") == nil)
    #expect(Minutes(parsing: "") == nil)
    #expect(Minutes(parsing: "30m1h") == nil)
    #expect(Minutes(90).description == "1h30m")
    #expect(Minutes(45).description == "45m")
    #expect(Minutes(120).description == "2h")
  }

  @Test("ranges take a hyphen or a dash, and are half-open")
  func ranges() throws {
    let range = try #require(TimeRange(parsing: "10:00-11:30"))
    #expect(range.start.minutesSinceMidnight == 600 && range.end.minutesSinceMidnight == 690)
    #expect(TimeRange(parsing: "10:00–11:30") == range)
    #expect(TimeRange(parsing: "10:00 — 11:30") == range)
    #expect(TimeRange(parsing: "22:00-24:00") != nil)
    #expect(TimeRange(parsing: "10:00") == nil)
    #expect(TimeRange(parsing: "10:00-11:00-12:00") == nil)
    let touching = try #require(TimeRange(parsing: "11:30-12:00"))
    #expect(!range.overlaps(touching))
    #expect(range.overlaps(try #require(TimeRange(parsing: "11:00-11:45"))))
    #expect(range.description == "10:00–11:30")
  }

  @Test("opening hours per weekday; a weekday not mentioned is closed")
  func openingHours() throws {
    let nineToFive = try #require(TimeRange(parsing: "09:00-17:00"))
    let hours = OpeningHours.weekly([.tuesday: [nineToFive]])
    let visit = try #require(TimeRange(parsing: "10:00-11:00"))
    #expect(hours.isOpen(throughout: visit, on: .tuesday))
    #expect(!hours.isOpen(throughout: visit, on: .monday))
    let late = try #require(TimeRange(parsing: "16:30-17:30"))
    #expect(!hours.isOpen(throughout: late, on: .tuesday))
    #expect(OpeningHours.everyDay([nineToFive]).isOpen(throughout: visit, on: .sunday))
  }
}
