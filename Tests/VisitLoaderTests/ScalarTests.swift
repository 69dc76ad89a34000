import Testing
import VisitCore
@testable import VisitLoader
import VisitDiagnostics
import VisitTestSupport

/// Scalars are read as their source text and parsed by the field's type, never
/// by YAML 1.1's resolvers.
@Suite("Scalars as text")
struct ScalarTests {
  @Test("unquoted times, dates, numbers and YAML 1.1 booleans as ids all work")
  func scalarsAsText() throws {
    let loaded = try loadFixture("scalars-as-text.visit.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let visit = loaded.visit
    #expect(visit.info.title?.value == "2018")
    #expect(visit.info.start?.value == CalendarDate(year: 2018, month: 6, day: 19))
    #expect(visit.people.map(\.id.value.rawValue) == ["no", "on", "yes", "off"])
    let firstDay = try #require(visit.days.first)
    let events = firstDay.events
    let firstEvent = try #require(events.first)
    #expect(firstEvent.id.value == "n")
    try #require(events.count > 1)
    #expect(events[1].time?.value.description == "10:00–11:30")
    #expect(events[1].time?.location == VisitCore.SourceLocation(line: 22, column: 16))
    #expect(events[1].participants.map(\.value) == [.entity("no"), .entity("on"), .entity("yes")])
    try #require(events.count > 2)
    #expect(events[2].time?.value.description == "09:05–10:35")
    #expect(events[2].plannedDuration?.value == Minutes(90))
    let firstSite = try #require(visit.sites.first)
    #expect(firstSite.capacity?.value == 40)
    #expect(firstSite.isShared?.value == true)
    let firstPlace = try #require(visit.places.first)
    #expect(firstPlace.geo?.value == GeoCoordinate(latitude: 52.57, longitude: 38.28))
  }

  @Test("group words stay group words in participant lists")
  func groupWords() throws {
    let loaded = try loadFixture("group-words.visit.yaml")
    #expect(loaded.diagnostics.isEmpty)
    let firstDay = try #require(loaded.visit.days.first)
    let firstEvent = try #require(firstDay.events.first)
    let participants = firstEvent.participants.map(\.value)
    #expect(participants == [.delegation, .hosts, .entity("observer")])
    let index = PeopleIndex(loaded.visit.people)
    let expanded = participants.flatMap { loaded.visit.people(for: $0, in: index) }
    #expect(expanded == ["guest", "deputy", "mayor", "observer"])
  }

  @Test("events without an id get DATE#N, counted per date; unscheduled ones unscheduled#N")
  func generatedIDs() throws {
    let loaded = try loadFixture("generated-ids.visit.yaml")
    #expect(loaded.diagnostics.isEmpty)
    let ids = loaded.visit.events.map(\.id.value.rawValue)
    #expect(ids == ["2018-06-19#1", "named", "2018-06-19#3", "2018-06-20#1", "unscheduled#1"])
    #expect(loaded.visit.events.map(\.hasGeneratedID) == [true, false, true, true, true])
    let firstEvent = try #require(loaded.visit.events.first)
    #expect(firstEvent.date == CalendarDate(year: 2018, month: 6, day: 19))
    let firstUnscheduled = try #require(loaded.visit.unscheduled.first)
    #expect(firstUnscheduled.date == nil)
  }

  @Test("a single value stands for a list of one")
  func singleValueList() throws {
    let loaded = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: T, timezone: UTC}
        days:
          - date: 2018-06-19
            events:
              - title: Meeting
                participants: delegation
                topics: economy
        """)
    #expect(loaded.diagnostics.isEmpty)
    let firstDay = try #require(loaded.visit.days.first)
    let firstEvent = try #require(firstDay.events.first)
    #expect(firstEvent.participants.map(\.value) == [.delegation])
    #expect(firstEvent.topics.map(\.value) == ["economy"])
  }

  @Test("opening hours: one range, weekday ranges in English or Russian, lunch breaks, closed")
  func openingHours() throws {
    let loaded = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: T, timezone: UTC}
        places: {town: {name: Town}}
        sites:
          a: {name: A, place: town, hours: "09:00-17:00"}
          b: {name: B, place: town, hours: {mon-fri: "09:00-13:00, 14:00-18:00", sat: closed}}
          c: {name: C, place: town, hours: {пн-пт: "10:00-11:00", "сб, вс": "12:00-13:00"}}
          d: {name: D, place: town, hours: {fri-mon: "10:00-11:00"}}
        """)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let hours = loaded.visit.sites.compactMap(\.hours?.value)
    let firstHour = try #require(hours.first)
    #expect(firstHour.ranges(on: .sunday).count == 1)
    try #require(hours.count > 1)
    #expect(hours[1].ranges(on: .wednesday).count == 2)
    #expect(hours[1].ranges(on: .saturday).isEmpty)
    #expect(hours[1].ranges(on: .sunday).isEmpty)
    try #require(hours.count > 2)
    #expect(hours[2].ranges(on: .sunday).count == 1)
    try #require(hours.count > 3)
    #expect(hours[3].ranges(on: .sunday).count == 1 && hours[3].ranges(on: .tuesday).isEmpty)
  }

  @Test("time keys that conflict, and an event running past midnight, are reported")
  func timingConflicts() {
    let marked = MarkedText(
      """
      format: visitplan/1
      visit: {title: T, timezone: UTC}
      days:
        - date: 2018-06-19
          events:
            - {title: A, time: 10:00-11:00, start: 1️⃣10:00}
            - {title: B, start: 10:00, end: 11:00, duration: 2️⃣1h}
            - {title: C, start: 23:00, duration: 3️⃣2h}
            - {title: D, end: 4️⃣11:00}
      """)
    let loaded = VisitLoader.load(text: marked.text)
    #expect(
      positions(loaded) == [
        Spot("invalid-value", marked["1️⃣"].line, marked["1️⃣"].column),
        Spot("invalid-value", marked["2️⃣"].line, marked["2️⃣"].column),
        Spot("invalid-value", marked["3️⃣"].line, marked["3️⃣"].column),
        Spot("missing-field", marked["4️⃣"].line, marked["4️⃣"].column),
      ])
  }
}

@Suite struct WhiteSpaceTests {
  /// The fixed list is Unicode's White_Space property, scalar for scalar.
  @Test func theListIsUnicodes() {
    for value in 0...0x10FFFF {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      if scalar.isWhiteSpace != scalar.properties.isWhitespace {
        Issue.record("U+\(String(value, radix: 16))")
      }
    }
  }
}
