import Foundation
import Testing
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitTestSupport

@testable import VisitCalendar

@Suite("Calendars of a visit")
struct VisitCalendarTests {
  static let stamp: Int64 = 1_764_547_200  // 2025-12-01 00:00:00 UTC

  static func visit(_ text: String) -> Visit {
    VisitLoader.load(text: text).visit
  }

  static let berlin = visit(
    """
    format: visitplan/1
    visit: {title: Spring visit, language: en, timezone: Europe/Berlin}
    people:
      anna: {name: Anna Berg, side: delegation}
      ben: {name: Ben Kurz, side: host}
    places:
      city: {name: Berlin, kind: city, geo: [52.52, 13.405]}
    sites:
      hall: {name: Town Hall, place: city, address: "Rathausstraße 15"}
      room: {name: Room 2, in: hall}
    days:
      - date: 2018-03-24
        events:
          - {id: talks, title: Talks, kind: meeting, time: "10:00-11:00", site: room, participants: [anna, ben]}
          - {id: late, title: Late dinner, kind: meal, time: "23:00-00:30", site: hall, participants: [anna]}
      - date: 2018-03-25
        events:
          - {id: walk, title: Walk, time: "10:00-11:00", site: hall, participants: [anna]}
          - {id: day, title: Free time, time: в течение дня, participants: [ben]}
          - {title: Press, time: "12:00", participants: [ben]}
    unscheduled:
      - {id: later, title: To be decided, duration: 1h, participants: [anna]}
    """)

  @Test("the zone's change to summer time inside the visit is in the VTIMEZONE")
  func summerTime() throws {
    let first = try #require(CalendarDate(year: 2018, month: 3, day: 24))
    let last = try #require(CalendarDate(year: 2018, month: 3, day: 25))
    let rules = try #require(TimeZoneRules(identifier: "Europe/Berlin", from: first, through: last))
    #expect(rules.observances.count == 2)
    let change = try #require(rules.observances.last)
    #expect(change.start.basic == "20180325T020000")
    #expect(change.offsetFrom == 3_600 && change.offsetTo == 7_200 && change.isDaylight)
    #expect(rules.observances.first?.start.basic == "20180323T000000")
    #expect(TimeZoneRules.offsetText(-34_200) == "-0930")
    #expect(TimeZoneRules.offsetText(19_800) == "+0530")
  }

  @Test("an unknown zone is the user's to fix")
  func unknownZone() {
    var visit = Self.berlin
    visit.info.timezone = Located("Mars/Olympus", at: .startOfFile)
    #expect(throws: VisitCalendar.Problem.unknownTimeZone("Mars/Olympus")) {
      try VisitCalendar(visit, scope: .visit, language: .english, stamp: Self.stamp)
    }
  }

  @Test("one VEVENT per scheduled event, local times with TZID, the unscheduled left out")
  func events() throws {
    let calendar = try VisitCalendar(
      Self.berlin, scope: .visit, language: .english, stamp: Self.stamp)
    let text = calendar.text
    #expect(calendar.eventCount == 5)
    #expect(calendar.leftOut.map(\.id.value.rawValue) == ["later"])
    #expect(text.contains("DTSTART;TZID=Europe/Berlin:20180324T100000\r\n"))
    #expect(text.contains("DTEND;TZID=Europe/Berlin:20180324T110000\r\n"))
    // Past midnight: the end is the next day.
    #expect(text.contains("DTEND;TZID=Europe/Berlin:20180325T003000\r\n"))
    // "During the day" is a one-day event; a start alone has no end.
    #expect(text.contains("DTSTART;VALUE=DATE:20180325\r\nDTEND;VALUE=DATE:20180326\r\n"))
    #expect(text.contains("DTSTART;TZID=Europe/Berlin:20180325T120000\r\nSUMMARY:Press\r\n"))
    #expect(text.contains("LOCATION:Room 2\\, Town Hall\\, Rathausstraße 15\r\n"))
    #expect(text.contains("GEO:52.520000;13.405000\r\n"))
    #expect(text.contains("CATEGORIES:Meeting\r\n"))
    #expect(text.contains("DESCRIPTION:Participants: Anna Berg\\; Ben Kurz\r\n"))
    #expect(text.contains("DTSTAMP:20251201T000000Z\r\n"))
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
  }

  @Test("UIDs are the visit's and the event's, the same from run to run")
  func identity() throws {
    let first = try VisitCalendar(Self.berlin, scope: .visit, language: .english, stamp: Self.stamp)
    let second = try VisitCalendar(
      Self.berlin, scope: .visit, language: .english, stamp: Self.stamp + 3_600)
    let uids = { (text: String) in
      text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
    }
    #expect(uids(first.text) == uids(second.text))
    #expect(uids(first.text).contains("UID:talks.\(VisitCalendar.visitKey(Self.berlin))@visitplan"))
    // A generated id ("2018-03-25#3") is escaped, not dropped.
    #expect(uids(first.text).contains { $0.hasPrefix("UID:2018-03-25%233.") })
    // A later stamp: a higher SEQUENCE, so calendars take the update.
    let sequence = { (text: String) in
      text.split(separator: "\r\n").first { $0.hasPrefix("SEQUENCE:") }.flatMap {
        Int($0.dropFirst(9))
      }
    }
    let earlier = try #require(sequence(first.text))
    let later = try #require(sequence(second.text))
    #expect(later > earlier)
    #expect(VisitCalendar.fileName(for: Identifier("../etc")) == "%2E.%2Fetc")
  }

  @Test("a person's calendar holds their events; a site's its rooms' events too")
  func scopes() throws {
    let ben = try VisitCalendar(
      Self.berlin, scope: .person(Identifier("ben")), language: .english, stamp: Self.stamp)
    #expect(ben.eventCount == 3)
    #expect(ben.text.contains("X-WR-CALNAME:Spring visit — Ben Kurz\r\n"))
    let hall = try VisitCalendar(
      Self.berlin, scope: .site(Identifier("hall")), language: .english, stamp: Self.stamp)
    #expect(hall.eventCount == 3)
    #expect(
      throws: VisitCalendar.Problem.unknownPerson(Identifier("bne"), suggestion: Identifier("ben"))
    ) {
      try VisitCalendar(
        Self.berlin, scope: .person(Identifier("bne")), language: .english, stamp: Self.stamp)
    }
  }

  @Test("the seed's calendar: eight events at Moscow time")
  func seed() throws {
    let loaded = try VisitLoader.load(contentsOf: TestPaths.seedProgramme.path)
    let calendar = try VisitCalendar(
      loaded.visit, scope: .visit, language: .russian, stamp: Self.stamp)
    #expect(calendar.eventCount == 8)
    #expect(calendar.text.contains("TZOFFSETTO:+0300\r\n"))
    #expect(calendar.text.contains("CATEGORIES:Подписание\r\n"))
  }
}
