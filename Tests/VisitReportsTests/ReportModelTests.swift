import Foundation
import Testing
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitReports
import VisitTestSupport

/// What templates see of a visit, through small templates of a user's own.
@Suite("Report values")
struct ReportModelTests {
  func render(
    _ template: String, _ visit: Visit = ReportFixtures.seedProgramme,
    language: Language = .russian
  ) throws -> String {
    let folder = try ReportFixtures.folder(["t.txt": template])
    defer { try? FileManager.default.removeItem(at: folder) }
    return try Report.render(
      visit, template: .file(folder.appendingPathComponent("t.txt").path), language: language,
      width: 1000)
  }

  @Test("the destination is the common place of the events and the hosts")
  func destination() throws {
    #expect(try render("{{ visit.destination.full|acc }}") == "Липецкую область\n")
    #expect(
      try render("{{ visit.destination }}", ReportFixtures.english, language: .english)
        == "Northfield\n")
  }

  @Test("a day's route runs from below the destination down to the day's place")
  func route() throws {
    #expect(
      try render(
        "{% for day in days %}{% for p in day.route %}{{ p.full|in }};{% endfor %}|{% endfor %}")
        == "в городе Липецке;|в Измалковском муниципальном районе;в селе Преображенье;|"
        + "в Измалковском муниципальном районе;в городе Чаплыгине;|\n")
  }

  @Test("dates are not claimed while some events have no day")
  func unknownDates() throws {
    #expect(try render("[{{ visit.dates }}]", ReportFixtures.seedAccount) == "[]\n")
    #expect(try render("[{{ visit.dates }}]") == "[18–20 июня 2018 г.]\n")
  }

  @Test("people: running, list, initials and titled forms in any case")
  func people() throws {
    let template =
      "{{ delegation.head|ins }}; {{ delegation.head.full|dat }}; "
      + "{{ delegation.head|initials|gen }}; {{ delegation.head|titled|dat }}"
    #expect(
      try render(template)
        == "Сергеем Жевлаковым; Жевлакову Сергею; С. Жевлакова; главе Администрации города "
        + "Стаханова Сергею Жевлакову\n")
  }

  @Test("a person without a name is their position, declined as one")
  func unnamed() throws {
    #expect(
      try render("{{ delegation.members.2|ins }}")
        == "представителем совета ветеранов города Стаханова\n")
  }

  @Test("agreement of words with a title, a person, a list")
  func agree() throws {
    let forms = "agree:\"состоялся,состоялась,состоялось,состоялись\""
    #expect(try render("{{ days.0.events.0.title|\(forms) }}") == "состоялась\n")
    #expect(try render("{{ days.1.events.0.title|\(forms) }}") == "состоялось\n")
    #expect(try render("{{ hosts|\(forms) }}") == "состоялись\n")
  }

  @Test("an event's time, or the placeholder of a programme without one")
  func time() throws {
    #expect(
      try render(
        "{{ days.0.events.0|time }}; {{ unscheduled.0|time }}", ReportFixtures.english,
        language: .english) == "10:00–11:00; time to be confirmed\n")
    #expect(
      try render("{{ unscheduled.0|time }}", ReportFixtures.seedAccount)
        == "время уточняется\n")
  }

  @Test("whether an event's title already names its venue")
  func siteInTitle() throws {
    #expect(
      try render("{% for e in days.1.events %}{{ e.site_in_title }};{% endfor %}")
        == "true;true;false;false;false;\n")
  }

  @Test("tag-only lines leave no blank lines; text lines are kept as written")
  func standaloneTags() throws {
    #expect(
      try render("a\n{% if visit %}\n  b {% if visit %}c{% endif %} d\n{% endif %}\ne\n")
        == "a\n  b c d\ne\n")
  }
}

/// English documents write names as their bearers do (issue 10, "English").
@Suite("English names in documents")
struct EnglishNameTests {
  @Test("name-en is never turned into initials or reversed; honorifics stay")
  func namesAsWritten() throws {
    let visit = ReportFixtures.load(TestPaths.seed("lagos-auckland-2000.visit.yaml").path)
    let programme = try Report.render(visit, template: .builtIn("programme"), language: .english)
    let flat = ReportFixtures.flattened(programme)
    #expect(flat.contains("Participants: Ricardo Lagos and Helen Clark."))
    #expect(!flat.contains("R. Lagos") && !flat.contains("S. M. H."))
    let members = try Report.render(visit, template: .builtIn("delegation"), language: .english)
    #expect(members.contains("1. Ricardo Lagos"))
    let knight = try #require(visit.people.first { $0.id.value == "hardie-boys" })
    #expect(knight.englishName?.value == "Sir Michael Hardie Boys")
  }

  @Test("a position twin is used in the other language's documents")
  func positionTwin() throws {
    let visit = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: Визит, timezone: Europe/Moscow}
        people:
          lagos: {name: Лагос Рикардо, name-en: Ricardo Lagos, gender: male, position: Президент Чили, position-en: President of Chile, side: delegation}
        days:
          - {date: 2002-04-16, events: [{title: Переговоры, title-en: Talks, time: 10:00-11:00, participants: [lagos]}]}
        """
    ).visit
    let english = try Report.render(visit, template: .builtIn("delegation"), language: .english)
    #expect(english.contains("President of Chile"))
    let russian = try Report.render(visit, template: .builtIn("delegation"), language: .russian)
    #expect(russian.contains("Президент Чили"))
  }
}

/// Texts in the other language: documents in it use the twins.
@Suite("Twins in documents")
struct TwinTests {
  @Test("title-en, notes-en, the day's and the visit's titles reach English documents")
  func englishTwins() throws {
    let visit = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: Визит в Окленд, title-en: A visit to Auckland, timezone: Pacific/Auckland}
        people:
          lagos: {name: Лагос Рикардо, name-en: Ricardo Lagos, gender: male, side: delegation}
        days:
          - date: 2002-04-16
            title: Окленд
            title-en: Auckland
            events:
              - {title: Переговоры, title-en: Talks, notes: флаги, notes-en: flags on the table, time: 10:00-11:00, participants: [lagos]}
        """
    ).visit
    let english = try Report.render(visit, template: .builtIn("programme"), language: .english)
    #expect(english.contains("10:00–11:00  Talks."))
    #expect(english.contains("— Auckland"))
    #expect(!english.contains("Переговоры"))
    let report = try Report.render(visit, template: .builtIn("report"), language: .english)
    #expect(report.contains("A visit to Auckland"))
    #expect(report.contains("Flags on the table."))
    let russian = try Report.render(visit, template: .builtIn("programme"), language: .russian)
    #expect(russian.contains("Переговоры"))
  }
}

/// The organisers' working programme (issue 10, item 3).
@Suite("The working programme")
struct WorkingProgrammeTests {
  @Test("legs, transport, who meets whom, press and each night's hotel")
  func working() throws {
    let lagos = ReportFixtures.load(TestPaths.seed("lagos-auckland-2000.visit.yaml").path)
    let english = ReportFixtures.flattened(
      try Report.render(lagos, template: .builtIn("working"), language: .english))
    #expect(english.hasPrefix("WORKING PROGRAMME"))
    #expect(english.contains("Route: Rarotonga → Auckland International Airport"))
    #expect(english.contains("Transport: Presidential Boeing jet"))
    #expect(english.contains("Met by: Sir Michael Hardie Boys (Governor-General) and Helen Clark"))
    #expect(english.contains("Press: Media should be at the Aviation Security checkpoint"))
    #expect(english.contains("Route: Auckland International Airport → Cairns"))
    #expect(english.contains("Hosted by: Helen Clark"))
    let moscow = ReportFixtures.load(TestPaths.seed("veterans-moscow-2001.visit.yaml").path)
    let russian = ReportFixtures.flattened(
      try Report.render(moscow, template: .builtIn("working"), language: .russian))
    #expect(russian.contains("Размещение на ночь: Гостиница «Россия» — делегации ветеранов"))
    #expect(russian.contains("Транспорт: автобусы"))
  }

  @Test("internal notes only in the working programme")
  func internalNotes() throws {
    let visit = ReportFixtures.load(TestPaths.fixture("programme-keys.visit.yaml").path)
    let working = try Report.render(visit, template: .builtIn("working"), language: .russian)
    #expect(working.contains("Служебная пометка: Флаги на столе."))
    #expect(working.contains("Пресса: протокольная съёмка; съемка у трапа"))
    for template in ["programme", "report"] {
      let text = try Report.render(visit, template: .builtIn(template), language: .russian)
      #expect(!text.contains("Флаги") && !text.contains("флаги"), "\(template)")
    }
  }
}

/// English articles before institutions (issue 10, "English").
@Suite("English articles")
struct EnglishArticleTests {
  @Test("the Government of New Zealand; Lipetsk City Hall stays as it is")
  func institutions() throws {
    let visit = VisitLoader.load(
      text: """
        format: visitplan/1
        visit: {title: Visit, language: en, timezone: Pacific/Auckland, inviter: nz-government}
        organizations:
          nz-government: {name: Government of New Zealand}
        people:
          lagos: {name: {last: Lagos, first: Ricardo}, side: delegation}
        days:
          - {date: 2000-11-12, events: [{title: Talks, time: 10:00-11:00, participants: [lagos]}]}
        """
    ).visit
    let report = try Report.render(visit, template: .builtIn("report"), language: .english)
    #expect(
      ReportFixtures.flattened(report).contains(
        "at the invitation of the Government of New Zealand"))
    #expect(ReportFixtures.flattened(report).contains("Talks were held"))
  }
}

/// A working trip of one official (issue 10, "Tautology").
@Suite("The working trip in documents")
struct WorkingTripTests {
  @Test("the official is named once as the subject, not as a participant of every item")
  func principal() throws {
    let visit = ReportFixtures.load(TestPaths.seed("rapota-orenburg-2008.visit.yaml").path)
    let report = ReportFixtures.flattened(
      try Report.render(visit, template: .builtIn("report"), language: .russian))
    #expect(
      report.contains(
        "9 июня 2008 г. состоялась рабочая поездка полномочного представителя Президента "
          + "Российской Федерации в Приволжском федеральном округе Григория Алексеевича Рапоты."))
    #expect(!report.contains("во главе с"))
    #expect(!report.contains("принял участие Г. А. Рапота"))
    #expect(report.contains("Состоялись осмотр выставочного комплекса «Салют, Победа!»"))
    #expect(report.contains("В нём приняли участие члены Правительства Оренбургской области."))
    let programme = ReportFixtures.flattened(
      try Report.render(visit, template: .builtIn("programme"), language: .russian))
    #expect(
      programme.hasPrefix(
        "ПРЕДВАРИТЕЛЬНАЯ ПРОГРАММА пребывания полномочного представителя Президента Российской "
          + "Федерации в Приволжском федеральном округе Г. А. Рапоты"))
  }
}
