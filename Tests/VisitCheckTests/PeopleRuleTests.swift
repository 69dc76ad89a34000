import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics

/// The rules about people, agreements and gifts.
@Suite("People, agreement and gift rules")
struct PeopleRuleTests {
  @Test(
    "signatory-absent: a signatory not at the signing; those present, directly or by group word, are fine"
  )
  func signatoryAbsent() throws {
    let fixture = try MarkedFixture("agreements.visit.yaml")
    let found = fixture.of(.signatoryAbsent)
    #expect(found.map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.personIDs == ["ivanov"])
    #expect(firstDiagnostic.eventIDs == ["signing"])
    #expect(
      firstDiagnostic.message.english.hasPrefix("Иванов Сергей signs \"With an absent signatory\""))
  }

  @Test("agreement-parties: fewer than two parties")
  func agreementParties() throws {
    let fixture = try MarkedFixture("agreements.visit.yaml")
    #expect(fixture.of(.agreementParties).map(\.position) == [fixture.at("2️⃣")])
    let firstDiagnostic = try #require(fixture.of(.agreementParties).first)
    #expect(firstDiagnostic.message.english.contains("only one party"))
  }

  @Test("signatory-party: belongs to no party; heading a party counts as belonging")
  func signatoryParty() throws {
    let fixture = try MarkedFixture("agreements.visit.yaml")
    let found = fixture.of(.signatoryParty)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("3️⃣")])
    #expect(found.map(\.personIDs) == [["ivanov"], ["roshchupkin"]])
  }

  @Test("agreement-no-event: at the agreement's id")
  func agreementNoEvent() throws {
    let fixture = try MarkedFixture("agreements.visit.yaml")
    #expect(fixture.of(.agreementNoEvent).map(\.position) == [fixture.at("4️⃣")])
  }

  @Test(
    "gift-absent: receiver or giver not there; not for gifts handed over in absence or organizations present"
  )
  func giftAbsent() throws {
    let fixture = try MarkedFixture("gift-absent.visit.yaml")
    let found = fixture.of(.giftAbsent)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(found.map(\.personIDs) == [["korolev"], []])
    #expect(found.map(\.eventIDs) == [["meeting"], ["meeting"]])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.message.english.contains("receives \"Картина\" in person"))
    try #require(found.count > 1)
    #expect(found[1].message.english.hasPrefix("Детский сад № 119 gives \"Игрушки\""))
  }

  @Test("head-absent: the head takes part in nothing")
  func headAbsent() throws {
    let fixture = try MarkedFixture("head-absent.visit.yaml")
    #expect(fixture.of(.headAbsent).map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(fixture.of(.headAbsent).first)
    #expect(firstDiagnostic.personIDs == ["zhevlakov"])
    let present = check(
      """
      format: visitplan/1
      visit: {title: T, timezone: UTC, delegation: {head: h}}
      people: {h: {name: Главов Иван, side: delegation}}
      days: [{date: 2018-06-19, events: [{title: Meeting, participants: [delegation]}]}]
      """)
    #expect(present.filter { $0.rule == .headAbsent }.isEmpty)
  }

  @Test(
    "duplicate-event: the same title, date and site; a near copy; not another site or another day")
  func duplicateEvent() throws {
    let fixture = try MarkedFixture("duplicate-event.visit.yaml")
    let found = fixture.of(.duplicateEvent)
    #expect(found.map(\.position) == [fixture.at("1️⃣"), fixture.at("2️⃣")])
    #expect(found.map(\.eventIDs) == [["meeting", "copy"], ["zone", "zone-again"]])
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.message.english.contains("the same title, date and site"))
    try #require(found.count > 1)
    #expect(found[1].message.english.contains("nearly the same text on the same day"))
  }

  @Test("duplicate-event: the seed account's repeated paragraph is found")
  func repeatedParagraph() throws {
    let diagnostics = try checkSeedAccount().filter { $0.rule == .duplicateEvent }
    #expect(diagnostics.map(\.eventIDs) == [["meeting-ivanov", "meeting-ivanov-repeated"]])
  }

  @Test("unused: people, organizations, places and sites nothing refers to")
  func unused() throws {
    let fixture = try MarkedFixture("unused.visit.yaml")
    let found = fixture.of(.unused)
    #expect(found.map(\.position) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].map(fixture.at))
    let firstDiagnostic = try #require(found.first)
    #expect(firstDiagnostic.personIDs == ["lonely"])
    #expect(
      firstDiagnostic.message.russian.hasPrefix("участник «lonely» (Одинокий Иван) определён"))
    try #require(found.count > 1)
    #expect(
      found[1].message.russian.hasPrefix(
        "организация «idle» (Бездействующая организация) определена"))
  }

  @Test("gender-unknown: only where a Russian document must decline a name it cannot tell")
  func genderUnknown() throws {
    let fixture = try MarkedFixture("gender-unknown.visit.yaml")
    #expect(fixture.of(.genderUnknown).map(\.position) == [fixture.at("1️⃣")])
    let firstDiagnostic = try #require(fixture.of(.genderUnknown).first)
    #expect(firstDiagnostic.personIDs == ["shevchuk"])
    let english = check(
      """
      format: visitplan/1
      visit: {title: T, timezone: UTC, language: en}
      people: {shevchuk: {name: Шевчук Наталья}}
      """)
    #expect(english.filter { $0.rule == .genderUnknown }.isEmpty)
  }
}
