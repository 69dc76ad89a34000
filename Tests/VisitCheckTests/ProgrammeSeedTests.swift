import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitTestSupport

/// The three seed programmes of other kinds (issue 9): each is read as its
/// source says, and checks with exactly the notes it deserves.
@Suite("Seed programmes of other kinds")
struct ProgrammeSeedTests {
  static func load(_ name: String) throws -> (Visit, [Diagnostic]) {
    let loaded = try VisitLoader.load(contentsOf: TestPaths.seed(name).path)
    return (loaded.visit, Checker().check(loaded))
  }

  static func spots(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.rule.slug)@\($0.location.line)" }
  }

  @Test("a working trip of one official: start-only times, transfers inside items, a counterpart")
  func workingTrip() throws {
    let (visit, diagnostics) = try Self.load("rapota-orenburg-2008.visit.yaml")
    // Two journeys nobody can time without coordinates, and the meeting whose venue the
    // source does not give; nothing else.
    #expect(Self.spots(diagnostics) == ["travel-unknown@72", "travel-unknown@78", "no-site@106"])
    #expect(visit.info.principal?.value == "rapota")
    #expect(visit.info.status?.value == .preliminary)
    #expect(visit.info.delegation == nil && visit.info.delegations.isEmpty)
    let day = try #require(visit.days.first)
    #expect(day.date?.value.description == "2008-06-09")
    let times = day.events.map { TimeFormatOf.event($0) }
    #expect(
      times == [
        "10:20", "11:40", "12:50", "13:20–14:00", "14:00", "14:30", "15:40", "16:00–17:30",
      ])
    try #require(day.events.count > 3)
    let ownTransfer = day.events[3]
    #expect(ownTransfer.from?.value == "gymnasium-1")
    #expect(ownTransfer.site?.value == "salut-pobeda")
    try #require(day.events.count > 6)
    let talk = day.events[6]
    #expect(talk.with.map(\.value) == ["chernyshev"])
    #expect(talk.pressNotes?.value == "Протокольная съемка")
    try #require(day.events.count > 2)
    #expect(day.events[2].notes?.value == "осмотр спорткомплекса и комплекса питания учащихся")
    let governor = try #require(visit.people.first { $0.id.value == "chernyshev" })
    #expect(governor.name?.value.listForm == "Чернышев А. А.")
    #expect(governor.effectiveGender == .male)
    try #require(day.events.count > 7)
    #expect(
      day.events[7].participants.map(\.value) == [.entity("rapota"), .entity("government-members")])
  }

  @Test("several delegations and a hotel: bodies, an untimed arrival first, a stay to the end")
  func delegationsAndHotel() throws {
    let (visit, diagnostics) = try Self.load("veterans-moscow-2001.visit.yaml")
    #expect(
      Self.spots(diagnostics) == [
        "unscheduled@50", "no-site@54", "no-site@58", "no-site@68", "no-site@74", "no-site@78",
        "no-site@83",
      ])
    #expect(visit.info.delegations.compactMap(\.id?.value) == ["veterans", "capitals"])
    #expect(visit.people.isEmpty)
    #expect(visit.info.start?.value.description == "2001-12-03")
    #expect(visit.info.end?.value.description == "2001-12-07")
    let stay = try #require(visit.stays.first)
    #expect(stay.site?.value == "hotel-rossiya")
    #expect(stay.to == nil)
    #expect(
      stay.coversNight(
        try #require(CalendarDate(parsing: "2001-12-06")), lastDay: visit.lastProgrammeDay))
    let days = visit.days
    try #require(days.count == 2)
    let firstDay = try #require(days.first)
    let first = firstDay.events
    #expect(
      first.map(\.title?.value).first == "Прибытие делегаций и размещение в гостинице «Россия»")
    let arrival = try #require(first.first)
    #expect(arrival.kind?.value == .arrival)
    #expect(!arrival.isScheduled)
    #expect(
      first.map { TimeFormatOf.event($0) } == [
        "", "13:00–14:00", "15:00–16:00", "16:00–19:00", "20:30–21:00",
      ])
    #expect(
      days[1].events.map { TimeFormatOf.event($0) } == [
        "08:30–09:00", "09:00–12:30", "13:00–14:00", "14:30–17:00",
      ])
    try #require(days[1].events.count > 1)
    #expect(days[1].events[1].by?.value == "автобусы")
  }

  @Test("a foreign visit in English: a flight in and out, rooms of one hotel, press notes")
  func foreignVisit() throws {
    let (visit, diagnostics) = try Self.load("lagos-auckland-2000.visit.yaml")
    #expect(diagnostics.isEmpty, "\(Self.spots(diagnostics))")
    #expect(visit.info.effectiveLanguage == .english)
    let events = try #require(visit.days.first?.events)
    #expect(
      events.map { TimeFormatOf.event($0) } == [
        "09:00", "11:00", "11:15", "11:50", "13:00", "15:15", "16:00",
      ])
    #expect(events.first?.kind?.value == .arrival)
    #expect(events.first?.by?.value == "Presidential Boeing jet")
    #expect(events.first?.with.map(\.value) == ["hardie-boys", "clark"])
    #expect(events.first?.pressNotes?.value.contains("by 8.15 am") == true)
    #expect(events.last?.kind?.value == .departure)
    #expect(events.last?.to?.value == "cairns")
    try #require(events.count > 4)
    #expect(events[4].hostedBy.map(\.value) == ["clark"])
    let suite = try #require(visit.sites.first { $0.id.value == "tui-suite-1" })
    #expect(suite.building?.value == "carlton")
    #expect(suite.address?.value == "Mayoral Drive, Auckland, 10th floor")
    let knight = try #require(visit.people.first { $0.id.value == "hardie-boys" })
    #expect(knight.englishName?.value == "Sir Michael Hardie Boys")
    let armstrong = try #require(visit.people.first { $0.id.value == "armstrong" })
    #expect(armstrong.englishName?.value == "Dr Ross Armstrong")
  }
}

/// Times as the programme prints them, "" for none.
private enum TimeFormatOf {
  static func event(_ event: Event) -> String {
    if let time = event.time?.value { return time.description }
    return event.openTime?.value.start?.description ?? ""
  }
}
