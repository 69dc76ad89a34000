import Foundation
import Testing
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitTestSupport

/// The seed visit: both files load without errors, and the recorded-account
/// file holds every fact that `../shared/seeds/NOTES.md` lists.
@Suite("The seed visit")
struct SeedTests {
  let account: Visit
  let programme: Visit

  init() throws {
    let loadedAccount = try VisitLoader.load(contentsOf: TestPaths.seedAccount.path)
    let loadedProgramme = try VisitLoader.load(contentsOf: TestPaths.seedProgramme.path)
    #expect(loadedAccount.diagnostics.isEmpty, "\(loadedAccount.diagnostics)")
    #expect(loadedProgramme.diagnostics.isEmpty, "\(loadedProgramme.diagnostics)")
    account = loadedAccount.visit
    programme = loadedProgramme.visit
  }

  @Test("the account is copied into seeds/ unchanged")
  func accountCopied() throws {
    let copy = try Data(contentsOf: TestPaths.seed("000_e322d715d71c51f7.txt"))
    #expect(copy.count == 6804)
    #expect(
      String(decoding: copy, as: UTF8.self).hasPrefix(
        "На прошлой неделе делегация города Стаханова"))
    #expect(String(decoding: copy, as: UTF8.self).hasSuffix("ОВПИ"))
  }

  @Test(
    "paragraph 1: the delegation, its head, Lipetsk, the inviting veterans' branch and its head")
  func paragraphOne() throws {
    let delegation = try #require(account.info.delegation)
    #expect(delegation.name?.value == "делегация города Стаханова")
    #expect(delegation.from?.value == "stakhanov")
    #expect(delegation.head?.value == "zhevlakov")
    #expect(person("zhevlakov")?.position?.value == "глава Администрации города Стаханова")
    #expect(place("lipetsk")?.name?.value == "Липецк")
    #expect(account.info.inviter?.value == "lipetsk-veterans")
    let veterans = try #require(organization("lipetsk-veterans"))
    #expect(
      veterans.name?.value.contains(
        "Всероссийской общественной организации ветеранов войны, труда, Вооруженных сил и правоохранительных органов"
      ) == true)
    #expect(veterans.head?.value == "roshchupkin")
    #expect(person("roshchupkin")?.name?.value.listForm == "Рощупкин Леонид")
  }

  @Test("paragraph 2: the meeting with Ivanov, its topic, the painting to Ivanov and to Korolev")
  func paragraphTwo() throws {
    let meeting = try #require(event("meeting-ivanov"))
    #expect(person("ivanov")?.name?.value.listForm == "Иванов Сергей")
    #expect(person("ivanov")?.position?.value == "глава города Липецка")
    #expect(meeting.participants.map(\.value) == [.entity("zhevlakov"), .entity("ivanov")])
    #expect(
      meeting.topics.map(\.value) == ["организация работы в различных сферах городского хозяйства"])
    #expect(meeting.gifts.count == 2)
    let firstGift = try #require(meeting.gifts.first)
    #expect(firstGift.item?.value == "картина с изображением памятника Алексею Стаханову")
    #expect(firstGift.from?.value == "zhevlakov" && firstGift.to?.value == "ivanov")
    try #require(meeting.gifts.count > 1)
    #expect(meeting.gifts[1].to?.value == "korolev" && !meeting.gifts[1].isInPerson)
    #expect(person("korolev")?.position?.value == "глава администрации Липецкой области")
  }

  @Test("paragraph 3: the repeated paragraph is recorded as the account has it")
  func paragraphThree() throws {
    let repeated = try #require(event("meeting-ivanov-repeated"))
    let original = try #require(event("meeting-ivanov"))
    #expect(repeated.title?.value == original.title?.value)
    #expect(repeated.gifts.map(\.item?.value) == original.gifts.map(\.item?.value))
  }

  @Test("paragraph 4: 19 June, Izmalkovsky district, Preobrazhenye, the two museums, the signing")
  func paragraphFour() throws {
    let day = try #require(account.days.first)
    #expect(day.date?.value == CalendarDate(year: 2018, month: 6, day: 19))
    #expect(day.date?.value.weekday == .tuesday)
    #expect(place("izmalkovsky")?.name?.value == "Измалковский муниципальный район")
    #expect(place("izmalkovsky")?.enclosingPlace?.value == "lipetsk-region")
    #expect(place("preobrazhenye")?.name?.value == "Преображенье")
    #expect(place("preobrazhenye")?.kind?.value == .village)
    #expect(site("house-museum")?.place?.value == "preobrazhenye")
    #expect(site("school-museum")?.place?.value == "preobrazhenye")
    #expect(event("school-museum-exposition")?.site?.value == "school-museum")
    let signing = try #require(event("signing"))
    #expect(signing.site?.value == "school-museum")
    #expect(signing.date == CalendarDate(year: 2018, month: 6, day: 19))
    let cooperation = try #require(agreement("cooperation"))
    #expect(cooperation.title?.value == "Соглашение о сотрудничестве")
    #expect(cooperation.parties.map(\.value) == ["izmalkovsky-admin", "stakhanov-admin"])
    #expect(cooperation.signatories.map(\.value) == ["kotov", "zhevlakov"])
    #expect(cooperation.event?.value == "signing")
    #expect(person("kotov")?.name?.value.listForm == "Котов Евгений")
    #expect(
      organization("izmalkovsky-admin")?.name?.value
        == "Администрация Измалковского муниципального района Липецкой области")
  }

  @Test("paragraph 5: the cooperation goals, tourism, and the twinning agreement")
  func paragraphFive() throws {
    let goals = try #require(agreement("cooperation")).goals.map(\.value)
    #expect(goals.count == 6)
    #expect(goals.contains { $0.contains("туризма и экскурсионной деятельности") })
    let twinning = try #require(agreement("twinning"))
    #expect(twinning.title?.value == "Соглашение об установлении побратимских отношений")
    #expect(twinning.kind?.value == .twinning)
    #expect(
      twinning.goals.first?.value.contains("научно-технического и культурного потенциала") == true)
  }

  @Test(
    "paragraph 6: the veterans' agreement with the Stakhanov council of veterans, no signatories")
  func paragraphSix() throws {
    let veterans = try #require(agreement("veterans"))
    #expect(veterans.title?.value.contains("ветеранского движения") == true)
    #expect(veterans.parties.map(\.value) == ["lipetsk-veterans", "stakhanov-veterans"])
    #expect(veterans.signatories.isEmpty)
    #expect(organization("stakhanov-veterans")?.name?.value == "совет ветеранов города Стаханова")
  }

  @Test(
    "paragraph 7: Zhulinskaya, the veterans' representative, memorials, Gromova Street, the council, the toys"
  )
  func paragraphSeven() throws {
    #expect(person("zhulinskaya")?.name?.value.listForm == "Жулинская Наталья")
    #expect(person("zhulinskaya")?.effectiveGender == .female)
    let representative = try #require(person("veterans-representative"))
    #expect(representative.name == nil)
    #expect(representative.position?.value == "представитель совета ветеранов города Стаханова")
    let memorial = try #require(event("memorial-places"))
    #expect(memorial.kind?.value == .memorial)
    #expect(memorial.site?.value == "gromova-street")
    #expect(
      memorial.participants.map(\.value) == [
        .entity("zhevlakov"), .entity("zhulinskaya"), .entity("veterans-representative"),
      ])
    #expect(memorial.notes?.value.contains("Дня памяти и скорби") == true)
    #expect(memorial.notes?.value.contains("«Молодая гвардия»") == true)
    #expect(site("gromova-street")?.name?.value == "улица Ульяны Громовой")
    #expect(site("gromova-street")?.isShared?.value == true)
    let council = try #require(event("local-council-meeting"))
    #expect(council.participants.map(\.value).contains(.entity("local-self-government-council")))
    let toys = try #require(event("kindergarten-toys")?.gifts.first)
    #expect(toys.item?.value == "игрушки, сделанные собственными руками")
    #expect(toys.from?.value == "kindergarten-119")
    #expect(organization("kindergarten-119")?.name?.value == "детский сад № 119")
  }

  @Test("paragraph 8: the visit ended in Chaplygin, at the special economic zone Izmalkovo")
  func paragraphEight() throws {
    let chaplygin = try #require(place("chaplygin"))
    #expect(chaplygin.name?.value == "Чаплыгин")
    #expect(chaplygin.enclosingPlace?.value == "izmalkovsky")
    let zone = try #require(site("sez-izmalkovo"))
    #expect(
      zone.name?.value == "особая экономическая зона промышленно-производственного типа «Измалково»"
    )
    #expect(zone.place?.value == "chaplygin")
    let visit = try #require(event("sez-visit"))
    #expect(
      visit.topics.map(\.value) == [
        "принципы ведения инвестиционных проектов", "создание кооперативов",
      ])
    let firstDay = try #require(account.days.first)
    #expect(visit.after.count == firstDay.events.count - 1)
  }

  @Test(
    "paragraph 9 and the rest: the author, no invented times, the doubt about Chaplygin recorded")
  func theRest() throws {
    #expect(account.info.author?.value == "ОВПИ")
    #expect(account.events.allSatisfy { $0.time == nil })
    #expect(account.info.start == nil && account.info.end == nil)
    #expect(
      account.events.filter { $0.date == nil }.map(\.id.value) == [
        "meeting-ivanov", "meeting-ivanov-repeated", "sez-visit",
      ])
    let text = try String(contentsOf: TestPaths.seedAccount, encoding: .utf8)
    #expect(text.contains("Chaplygin is the centre of the Chaplyginsky"))
    #expect(text.contains("2018"))
  }

  @Test("the programme is the same visit, planned: every person, agreement and gift, with times")
  func plannedProgramme() throws {
    #expect(Set(programme.people.map(\.id.value)) == Set(account.people.map(\.id.value)))
    #expect(Set(programme.agreements.map(\.id.value)) == Set(account.agreements.map(\.id.value)))
    #expect(programme.events.allSatisfy { $0.isScheduled })
    #expect(programme.info.start?.value == CalendarDate(year: 2018, month: 6, day: 18))
    #expect(programme.sites.allSatisfy { $0.geo != nil || $0.isShared?.value == true })
    #expect(
      programme.days.map(\.date?.value.description) == ["2018-06-18", "2018-06-19", "2018-06-20"])
    let text = try String(contentsOf: TestPaths.seedProgramme, encoding: .utf8)
    #expect(text.hasPrefix("# ILLUSTRATIVE."))
  }

  private func person(_ id: Identifier) -> Person? { account.people.first { $0.id.value == id } }
  private func organization(_ id: Identifier) -> Organization? {
    account.organizations.first { $0.id.value == id }
  }
  private func place(_ id: Identifier) -> Place? { account.places.first { $0.id.value == id } }
  private func site(_ id: Identifier) -> Site? { account.sites.first { $0.id.value == id } }
  private func event(_ id: Identifier) -> Event? { account.events.first { $0.id.value == id } }
  private func agreement(_ id: Identifier) -> Agreement? {
    account.agreements.first { $0.id.value == id }
  }
}
