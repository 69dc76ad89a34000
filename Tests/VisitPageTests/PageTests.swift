import Foundation
import Testing
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLanguage
import VisitLoader
import VisitTestSupport

@testable import VisitPage

@Suite("The visit's page")
struct PageTests {
  static func page(_ path: String, language: Language = .english) throws -> String {
    let loaded = try VisitLoader.load(contentsOf: path)
    let diagnostics = Checker().check(loaded).sorted()
    return VisitPage.render(
      loaded.visit, diagnostics: diagnostics,
      options: VisitPage.Options(fileName: "visit.yaml", language: language))
  }

  @Test("user text is escaped in text and in attributes")
  func escaping() throws {
    #expect(
      HTMLText.escaped(#"<a href="x">O'Brien & co</a>"#)
        == "&lt;a href=&quot;x&quot;&gt;O&#39;Brien &amp; co&lt;/a&gt;")
    #expect(HTMLText.escaped("plain текст") == "plain текст")
    let html = try Self.page(TestPaths.fixture("page/hostile.visit.yaml").path)
    #expect(!html.contains("<script>window.__pwned"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;window.__pwned = 2&lt;/script&gt;Opening, part 1"))
    // Entity-like text stays as typed: its ampersands are escaped again.
    #expect(html.contains("&amp;lt;b&amp;gt; is not bold &amp;amp; stays as typed"))
    #expect(html.contains("Hall &quot;A&quot;; &lt;img src=x onerror=alert(1)&gt;"))
    // Right-to-left text is isolated.
    #expect(html.contains("<bdi>مؤتمر صحفي مع الوفد — press conference</bdi>"))
    // The page loads nothing.
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("<script src") && !html.contains("<link"))
  }

  @Test("findings sit on the events and people they name")
  func findings() throws {
    let html = try Self.page(TestPaths.fixture("page/conflict.visit.yaml").path)
    let layout = try Self.layout(TestPaths.fixture("page/conflict.visit.yaml").path)
    let red = layout.items.filter { $0.severity == .error }.map(\.title)
    #expect(Set(red) == ["Talks with the mayor", "Tour of the museum"])
    let finding = try #require(layout.findings.first)
    #expect(finding.items.count == 2)
    let petrov = try #require(layout.people.firstIndex { $0.id.value == Identifier("petrov") })
    #expect(finding.people == [petrov])
    #expect(html.contains("visit.yaml:32:15 [person-overlap]"))
    #expect(html.contains(#"class="ev k-meeting error""#))
  }

  @Test("rows: people in protocol order, then the venues in use; overlaps on two lanes")
  func rows() throws {
    let layout = try Self.layout(TestPaths.fixture("page/conflict.visit.yaml").path)
    #expect(layout.personRows.map(\.label) == ["John Smith", "Anna Jones", "Petrov Ivan"])
    #expect(layout.siteRows.map(\.label) == ["City Hall", "City Museum"])
    let petrov = try #require(layout.personRows.last)
    #expect(petrov.lanes == 2)
    let anna = try #require(layout.personRows.dropFirst().first)
    let journey = try #require(anna.journeys.first)
    #expect(journey.minutes == 20 && journey.start == 11 * 60 + 30 && !journey.isShort)
    #expect(layout.axisStart == 9 * 60 && layout.axisEnd == 15 * 60)
  }

  @Test("the seed: every scheduled event on the timeline and in the agenda, in Russian")
  func seed() throws {
    let html = try Self.page(TestPaths.seedProgramme.path, language: .russian)
    #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"ru\">"))
    #expect(html.contains("<h2 id=\"timeline-title\">Хронограмма</h2>"))
    #expect(html.contains("19 июня 2018 г., вторник — <bdi>Измалковский муниципальный район</bdi>"))
    #expect(html.contains("Проверка не нашла замечаний."))
    let layout = try Self.layout(TestPaths.seedProgramme.path, language: .russian)
    #expect(layout.days.count == 3)
    #expect(layout.tray.isEmpty)
    for item in layout.items {
      #expect(html.contains("id=\"a\(item.index)\""))
    }
  }

  @Test("a share of a whole: exact to a thousandth of a percent")
  func percent() {
    #expect(PageNumbers.percent(1, 3) == "33.333%")
    #expect(PageNumbers.percent(0, 7) == "0.000%")
    #expect(PageNumbers.percent(7, 7) == "100.000%")
  }

  static func layout(_ path: String, language: Language = .english) throws -> PageLayout {
    let loaded = try VisitLoader.load(contentsOf: path)
    return PageLayout(
      loaded.visit, diagnostics: Checker().check(loaded).sorted(),
      naming: VisitNaming(loaded.visit, language: language))
  }
}
