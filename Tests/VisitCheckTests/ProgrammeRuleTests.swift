import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics

/// The rules on what real programmes say (programmes.md): legs, start-only
/// times, arrivals and departures, stays, rooms and English names. Each
/// fixture plants the problem beside the cases where the rule must be quiet.
@Suite("Rules on real programmes")
struct ProgrammeRuleTests {
  @Test("travel-time sees through site-less legs and meals; two transfers are not duplicates")
  func travelThroughLegs() throws {
    let fixture = try MarkedFixture("travel-through-legs.visit.yaml")
    let found = fixture.of(.travelTime)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(found.map(\.eventIDs) == [["talk", "school"], ["back", "farm"]])
    let first = try #require(found.first)
    #expect(first.message.english.contains("20 min between them, 40 min needed"))
    #expect(first.message.russian.contains("между ними 20 мин, а дорога занимает 40 мин"))
    #expect(fixture.of(.duplicateEvent).isEmpty)
    // Legs need no site; the venue-less lunch does get its note.
    #expect(fixture.of(.noSite).map(\.eventIDs) == [["lunch"]])
  }

  @Test(
    "a leg, and an item beginning with its own transfer, must last the road; unknown lengths are not checked"
  )
  func legLength() throws {
    let fixture = try MarkedFixture("leg-length.visit.yaml")
    let found = fixture.of(.travelTime)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(found.map(\.eventIDs) == [["short"], ["with-transfer"]])
    let first = try #require(found.first)
    #expect(first.message.english.contains("leaves 30 min to get from \"Зал\" to \"Музей\""))
    #expect(first.message.english.contains("the road takes 1 h 20 min"))
    #expect(fixture.diagnostics.filter { $0.rule.severity == .error }.count == 2)
  }

  @Test(
    "before-arrival and after-departure: legs and the person's own bounds; greeters and all-day legs bound nobody"
  )
  func arrivalAndDeparture() throws {
    let fixture = try MarkedFixture("arrival-departure.visit.yaml")
    let before = fixture.of(.beforeArrival)
    #expect(before.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(before.map(\.personIDs) == [["guest"], ["late"]])
    let breakfast = try #require(before.first)
    #expect(breakfast.message.russian.contains("до своего прибытия («Прибытие» в 09:35)"))
    let after = fixture.of(.afterDeparture)
    #expect(after.map(\.position) == [fixture.at("3️⃣"), fixture.at("4️⃣")])
    #expect(after.map(\.personIDs) == [["guest"], ["late"]])
    let dinner = try #require(after.first)
    #expect(dinner.message.english.contains("after leaving (\"Отъезд\" at 17:00)"))
    // The greeter is at breakfast and dinner, and only in `with` of the arrival.
    #expect(!fixture.diagnostics.contains { $0.personIDs.contains("greeter") })
    #expect(fixture.of(.invalidValue).isEmpty)
  }

  @Test("stays: a person booked twice is a warning; a member without a bed is a note")
  func stays() throws {
    let fixture = try MarkedFixture("stays.visit.yaml")
    let overlap = fixture.of(.stayOverlap)
    #expect(overlap.map(\.position) == [fixture.at("1️⃣")])
    #expect(overlap.map(\.personIDs) == [["petrenko"]])
    let noStay = fixture.of(.noStay)
    #expect(noStay.map(\.position) == [fixture.at("2️⃣")])
    #expect(noStay.map(\.personIDs) == [["lukash"]])
    // Delegation ids are group words: the flowers are laid by all three.
    #expect(fixture.of(.unknownReference).isEmpty)
    #expect(fixture.of(.unused).isEmpty)
  }

  @Test("no-stay is not asked of a programme without stays")
  func noStaysNoQuestion() {
    let diagnostics = check(
      """
      format: visitplan/1
      visit: {title: T, timezone: Europe/Moscow}
      people: {a: {name: Аров Иван, side: delegation}}
      days:
        - {date: 2018-06-18, events: [{title: A, time: 10:00-11:00, participants: [a]}]}
        - {date: 2018-06-19, events: [{title: B, time: 10:00-11:00, participants: [a]}]}
      """)
    #expect(!diagnostics.contains { $0.rule == .noStay })
  }

  @Test("rooms: booked separately, room-transfer apart, the same room twice still clashes")
  func rooms() throws {
    let fixture = try MarkedFixture("rooms.visit.yaml")
    let travel = fixture.of(.travelTime)
    #expect(travel.map(\.position) == [fixture.at("1️⃣")])
    let move = try #require(travel.first)
    #expect(move.message.english.contains("10 min needed (between rooms of SKYCITY"))
    let clash = fixture.of(.siteOverlap)
    #expect(clash.map(\.position) == [fixture.at("2️⃣")])
    #expect(clash.map(\.eventIDs) == [["luncheon", "reception"]])
    // Rooms take their building's place: no missing-field, no unknown place.
    #expect(fixture.diagnostics.filter { $0.rule.severity == .error }.count == 2)
  }

  @Test("start-only times overlap only what runs across them; all-day events are not checked")
  func startOnly() throws {
    let fixture = try MarkedFixture("start-only.visit.yaml")
    let overlap = fixture.of(.personOverlap)
    #expect(overlap.map(\.position) == [fixture.at("1️⃣")])
    #expect(overlap.map(\.eventIDs) == [["meeting", "inside"]])
    let travel = fixture.of(.travelTime)
    #expect(travel.map(\.position) == [fixture.at("2️⃣")])
    let move = try #require(travel.first)
    #expect(move.message.english.contains("(ends 11:00)"))
    #expect(!fixture.diagnostics.contains { $0.eventIDs.contains("exhibition") })
    #expect(fixture.of(.invalidValue).isEmpty)
    #expect(fixture.of(.unscheduled).isEmpty)
  }

  @Test("name-order: a given name first in an English visit; not with name-en or the mapping")
  func nameOrder() throws {
    let fixture = try MarkedFixture("name-order.visit.yaml")
    let found = fixture.of(.nameOrder)
    #expect(found.map(\.position) == [fixture.at("1️⃣")])
    #expect(found.map(\.personIDs) == [["lagos"]])
    let note = try #require(found.first)
    #expect(note.message.english.contains("write \"name-en: Ricardo Lagos\""))
    #expect(fixture.diagnostics.filter { $0.rule.severity != .note }.isEmpty)
  }
}
