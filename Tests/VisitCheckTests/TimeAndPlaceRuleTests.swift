import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics

/// The time and place rules on fixtures that plant each problem, and next to
/// it the cases where the rule must stay quiet.
@Suite("Time and place rules")
struct TimeAndPlaceRuleTests {
  @Test("time-order: backwards and zero-length events, a visit ending before it starts")
  func timeOrder() throws {
    let fixture = try MarkedFixture("time-order.visit.yaml")
    let found = fixture.of(.timeOrder)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣"), fixture.at("3️⃣")])
    #expect(found.map(\.eventIDs) == [[], ["backwards"], ["zero-length"]])
    try #require(found.count > 1)
    #expect(found[1].message.english.contains("ends at 10:00, at or before it starts (11:00)"))
    // A backwards event is left out of the overlap checks.
    #expect(fixture.of(.personOverlap).isEmpty)
  }

  @Test("outside-visit: a day before the start and after the end; the bounds themselves are in")
  func outsideVisit() throws {
    let fixture = try MarkedFixture("outside-visit.visit.yaml")
    let found = fixture.of(.outsideVisit)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(found.map(\.eventIDs) == [["early"], ["late"]])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.message.english.contains("before the visit starts (18 June 2018)"))
    try #require(found.count > 1)
    #expect(found[1].message.russian.contains("позже окончания визита (20 июня 2018 г.)"))
  }

  @Test("duplicate-day: at the second block, the first related")
  func duplicateDay() throws {
    let fixture = try MarkedFixture("duplicate-day.visit.yaml")
    let found = fixture.of(.duplicateDay)
    #expect(found.map(\.position) == [fixture.at("2️⃣")])
    let firstDiagnostic = try #require(found.first)
    #expect(
      firstDiagnostic.related.map { "\($0.location.line):\($0.location.column)" } == [
        fixture.at("1️⃣")
      ])
    #expect(firstDiagnostic.eventIDs == ["second"])
  }

  @Test(
    "person-overlap: one diagnostic per pair, naming every person; not for touching times, organizations or other days"
  )
  func personOverlap() throws {
    let fixture = try MarkedFixture("person-overlap.visit.yaml")
    let found = fixture.of(.personOverlap)
    #expect(found.map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.eventIDs == ["meeting", "flowers"])
    #expect(firstDiagnostic.personIDs == ["zhevlakov", "zhulinskaya"])
    #expect(
      firstDiagnostic.message.english
        == "Жевлаков Сергей and Жулинская Наталья take part in two events at once: "
        + "\"Встреча с главой города Липецка\" (10:00–11:30) and \"Возложение цветов\" (11:00–11:45)"
    )
    #expect(
      firstDiagnostic.message.russian.hasPrefix("Жевлаков Сергей и Жулинская Наталья участвуют"))
    #expect(firstDiagnostic.related.first?.location.line == 16)
  }

  @Test("site-overlap: a hall booked twice; not a shared street, not touching times")
  func siteOverlap() throws {
    let fixture = try MarkedFixture("site-overlap.visit.yaml")
    let found = fixture.of(.siteOverlap)
    #expect(found.map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.eventIDs == ["first", "second"])
    #expect(firstDiagnostic.personIDs == ["a", "b"])
    #expect(firstDiagnostic.message.english.contains("\"Зал\" is booked twice at once"))
  }

  @Test(
    "travel-time: estimated and explicit travel too long for the gap; not within a town, at one site, or with just enough time"
  )
  func travelTime() throws {
    let fixture = try MarkedFixture("travel-time.visit.yaml")
    let found = fixture.of(.travelTime)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(found.map(\.eventIDs) == [["office-1", "museum-1"], ["museum-1", "school-1"]])
    #expect(found.map(\.personIDs) == [["guest"], ["guest"]])
    let firstDiagnostic = try #require(found.first)
    #expect(
      firstDiagnostic.message.english.contains(
        "in time: 30 min between them, 2 h needed (estimated from 89 km in a straight line)"))
    try #require(found.count > 1)
    #expect(
      found[1].message.english.contains(
        "10 min between them, 20 min needed (travel entry museum – school)"))
    #expect(found[1].related.count == 2)
    #expect(found[1].message.russian.contains("не успеет добраться из «Музей»"))
  }

  @Test("travel-unknown: once for a pair of sites nothing tells the time between")
  func travelUnknown() throws {
    let fixture = try MarkedFixture("travel-time.visit.yaml")
    let found = fixture.of(.travelUnknown)
    #expect(found.map(\.position) == [fixture.at("3️⃣")])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.eventIDs == ["school-2", "barn-1"])
    #expect(firstDiagnostic.severity == .note)
  }

  @Test(
    "site-closed: a closed weekday, before opening, over lunch, a closed date; not inside the hours"
  )
  func siteClosed() throws {
    let fixture = try MarkedFixture("site-closed.visit.yaml")
    let found = fixture.of(.siteClosed)
    #expect(
      found.map(\.position) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"].map(fixture.at))
    #expect(
      found.map(\.eventIDs) == [["monday"], ["early"], ["lunch"], ["closed-date"], ["untimed"]])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.message.english.contains("which is closed on Mondays"))
    try #require(found.count > 1)
    #expect(found[1].message.english.contains("open only 09:00–17:00 on Tuesdays"))
    try #require(found.count > 2)
    #expect(found[2].message.english.contains("open only 09:00–13:00, 14:00–18:00 on Tuesdays"))
    try #require(found.count > 3)
    #expect(found[3].message.english.contains("which is closed that day"))
    #expect(firstDiagnostic.message.russian.contains("закрыта по понедельникам"))
  }

  @Test("over-capacity: people counted once, organizations not counted")
  func overCapacity() throws {
    let fixture = try MarkedFixture("over-capacity.visit.yaml")
    let found = fixture.of(.overCapacity)
    #expect(found.map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.eventIDs == ["crowded"])
    #expect(firstDiagnostic.personIDs == ["a", "b", "c"])
    #expect(
      firstDiagnostic.message.english.hasPrefix(
        "3 people take part in \"Crowded\", but \"Малый зал\" holds 2"))
    #expect(firstDiagnostic.message.russian.contains("3 участника"))
  }

  @Test("long-day and outside-day-window, with the limits from settings")
  func dayLimits() throws {
    let fixture = try MarkedFixture("day-limits.visit.yaml")
    let long = fixture.of(.longDay)
    #expect(long.map(\.position) == [fixture.at("1️⃣")])
    let firstLong = try #require(long.first)
    #expect(firstLong.personIDs == ["a", "b"])
    #expect(firstLong.eventIDs == ["breakfast", "evening"])
    #expect(firstLong.message.english.contains("runs 10 h 30 min (07:30–18:00)"))
    let window = fixture.of(.outsideDayWindow)
    #expect(window.map(\.position) == [fixture.at("2️⃣"), fixture.at("3️⃣")])
    #expect(window.map(\.eventIDs) == [["breakfast"], ["late"]])
  }

  @Test("unscheduled, no-site and no-participants point at the event")
  func missingInformation() throws {
    let fixture = try MarkedFixture("missing-information.visit.yaml")
    #expect(fixture.of(.unscheduled).map(\.position) == [fixture.at("1️⃣"), fixture.at("4️⃣")])
    #expect(fixture.of(.unscheduled).map(\.eventIDs) == [["no-time"], ["some-day"]])
    try #require(fixture.of(.unscheduled).count > 1)
    #expect(fixture.of(.unscheduled)[1].message.english.contains("has no day yet"))
    #expect(fixture.of(.noSite).map(\.position) == [fixture.at("2️⃣")])
    #expect(fixture.of(.noParticipants).map(\.position) == [fixture.at("3️⃣")])
    let firstDiagnostic = try #require(fixture.of(.noParticipants).first)
    #expect(firstDiagnostic.severity == .warning)
  }

  @Test("ignore: in settings for the file, on an event for diagnostics about it")
  func ignore() throws {
    let fixture = try MarkedFixture("ignore.visit.yaml")
    #expect(fixture.of(.noSite).isEmpty)
    #expect(fixture.of(.personOverlap).map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(fixture.of(.personOverlap).first)
    #expect(firstDiagnostic.eventIDs == ["c", "d"])
  }
}
