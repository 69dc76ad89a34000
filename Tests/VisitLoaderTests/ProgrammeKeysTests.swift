import Testing
import VisitCore
import VisitDiagnostics
import VisitLoader

/// The keys of programmes.md: read into the model when written right, and
/// each mistake reported at its position when written wrong.
@Suite("Keys of real programmes")
struct ProgrammeKeysTests {
  @Test("every new key, written right, loads with no diagnostics and means what it says")
  func everyKey() throws {
    let loaded = try loadFixture("programme-keys.visit.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message.english))")
    let visit = loaded.visit
    #expect(visit.info.status?.value == .preliminary)
    #expect(visit.info.principal?.value == "lagos")
    #expect(visit.info.twins["title"]?.value == "State visit of the President of Chile")
    #expect(visit.info.delegations.compactMap(\.id?.value) == ["chile", "spouses-party"])
    let chile = try #require(visit.info.delegations.first)
    #expect(chile.twins["name"]?.value == "the delegation of Chile")

    let lagos = try #require(visit.people.first { $0.id.value == "lagos" })
    #expect(lagos.delegation?.value == "chile")
    #expect(lagos.side?.value == .delegation)
    #expect(lagos.twins["position"]?.value == "President of the Republic of Chile")
    #expect(lagos.arrives?.value.description == "2002-04-16 09:35")
    #expect(lagos.leaves?.value.time == nil)
    let knight = try #require(visit.people.first { $0.id.value == "hardie-boys" })
    #expect(knight.englishName?.value == "Sir Michael Hardie Boys")
    #expect(knight.englishNameParts?.shortForm == "Sir Michael")

    let suite = try #require(visit.sites.first { $0.id.value == "tui-suite" })
    #expect(suite.building?.value == "sky-city")
    #expect(suite.place?.value == "auckland")
    #expect(suite.address?.value == "88 Federal Street, 10th floor")
    #expect(visit.settings.effectiveRoomTransfer == Minutes(10))

    #expect(visit.groups.map(\.id.value) == ["press-pool", "ministers"])
    let stay = try #require(visit.stays.first)
    #expect(stay.rooms?.value == 5)
    #expect(stay.twins["notes"]?.value == "10th floor")
    #expect(stay.to?.value.description == "2002-04-17")

    let day = try #require(visit.days.first)
    #expect(day.twins["title"]?.value == "Auckland")
    let events = day.events
    try #require(events.count == 4)
    let nineThirtyFive = try #require(WallClockTime(hour: 9, minute: 35))
    let firstEvent = try #require(events.first)
    #expect(firstEvent.openTime?.value == .start(nineThirtyFive))
    #expect(firstEvent.kind?.value == .arrival)
    #expect(firstEvent.by?.value == "NZ 38")
    #expect(firstEvent.with.map(\.value) == ["hardie-boys"])
    #expect(firstEvent.press?.value == .photoOp)
    #expect(firstEvent.twins["press-notes"]?.value == "filming at the aircraft steps")
    try #require(events.count > 1)
    #expect(events[1].time?.value.description == "10:00–10:40")
    #expect(events[1].from?.value == "airport")
    #expect(events[1].to?.value == "sky-city")
    try #require(events.count > 2)
    #expect(events[2].hostedBy.map(\.value) == ["government"])
    #expect(events[2].internalNotes?.value == "флаги на столе")
    #expect(events[2].isOptional?.value == false)
    try #require(events.count > 3)
    #expect(events[3].openTime?.value == .allDay)
    #expect(events[3].isOptional?.value == true)
    #expect(events.allSatisfy { $0.isScheduled })
  }

  @Test("each new key written wrong is an error at its position that says what to write")
  func mistakes() throws {
    let loaded = try loadFixture("programme-errors.visit.yaml")
    #expect(
      positions(loaded) == [
        Spot("unknown-key", 4, 3),  // title-ru in a Russian visit
        Spot("invalid-value", 10, 36),  // side names no delegation
        Spot("invalid-value", 11, 87),  // leaves before arrives
        Spot("invalid-value", 12, 58),  // arrives: tomorrow
        Spot("invalid-value", 18, 27),  // a room inside itself
        Spot("invalid-value", 19, 53),  // a room in another place than its building
        Spot("invalid-value", 21, 57),  // a stay ending before it starts
        Spot("invalid-value", 25, 50),  // a one-time time with an end
        Spot("invalid-value", 26, 68),  // all-day with a duration
        Spot("invalid-value", 27, 65),  // a leg from a site to itself
        Spot("invalid-value", 28, 44),  // to on an event that is not a leg
        Spot("invalid-value", 29, 37),  // 25 pm
      ])
    let messages = loaded.diagnostics.sorted().map(\.message)
    let side = try #require(messages.dropFirst().first)
    #expect(side.english.contains("did you mean \"veterans-kyiv\""))
    #expect(side.russian.contains("не сторона и не делегация"))
    let twin = try #require(messages.first)
    #expect(twin.english.contains("write the English text as \"title-en\""))
  }

  @Test("relaxed time spellings read as programmes mean them")
  func relaxedTimes() throws {
    let cases: [(String, String?)] = [
      ("11 am", "11:00"), ("2.30 pm", "14:30"), ("12 pm", "12:00"), ("12 am", "00:00"),
      ("11.00", "11:00"), ("11:00 h", "11:00"), ("10.00 ч.", "10:00"), ("9:05", "09:05"),
      ("13 pm", nil), ("0 am", nil), ("11", nil), ("11:0", nil),
    ]
    for (text, expected) in cases {
      #expect(WallClockTime(relaxed: text)?.description == expected, "\(text)")
    }
    #expect(EventTimeText(parsing: "в течение дня") == .open(.allDay))
    #expect(EventTimeText(parsing: "9 am - 10.30 am").map { "\($0)" } != nil)
  }
}
