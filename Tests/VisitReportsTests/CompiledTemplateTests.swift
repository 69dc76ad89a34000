import Foundation
import Testing
import VisitCore
import VisitLoader
import VisitDiagnostics
import VisitTestSupport

@testable import VisitReports

/// The compiled renderer against Stencil: the same bytes for every built-in
/// template on every seed in both languages, and for hand-written templates
/// that use each construct; whatever it does not cover goes to Stencil.
@Suite struct CompiledTemplateTests {
  /// Renders through both paths: compiled (when it applies) and Stencil.
  private func both(
    _ text: String, name: String, folder: TemplateFolder, visit: Visit, language: Language
  ) throws -> (compiled: String, stencil: String) {
    // A model each: the model remembers what it has worked out.
    let compiled = try StencilRenderer(compiles: true).render(
      text, name: name, folder: folder,
      values: ReportRoot.values(ReportModel(visit, language: language)), language: language)
    let stencil = try StencilRenderer(compiles: false).render(
      text, name: name, folder: folder,
      values: ReportRoot.values(ReportModel(visit, language: language)), language: language)
    return (compiled, stencil)
  }

  static let seeds: [String] = {
    let folder = TestPaths.root.appendingPathComponent("seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".visit.yaml") }.sorted()
  }()

  @Test("every built-in template on every seed, in Russian and English", arguments: seeds)
  func builtInTemplates(seed: String) throws {
    let visit = try VisitLoader.load(contentsOf: TestPaths.seed(seed).path).visit
    for language in Language.allCases {
      for name in BuiltInTemplates.names {
        let source = try Report.source(of: .builtIn(name), language: language)
        #expect(
          CompiledTemplate.compile(
            StandaloneTags.fold(source.text), name: source.name, folder: source.folder) != nil,
          "\(name) is in the compiled part")
        let (compiled, stencil) = try both(
          source.text, name: source.name, folder: source.folder, visit: visit, language: language)
        #expect(compiled == stencil, "\(seed) \(name) \(language)")
      }
    }
  }

  @Test("conditions, loops, forloop, literals and printing as Stencil does them")
  func constructs() throws {
    let template = """
      {% for day in days %}{{ forloop.counter }}/{{ forloop.length }}{% if forloop.first %} first{% elif forloop.last %} last{% else %} middle{% endif %}
      {% for event in day.events %}{% if event.kind == "arrival" or not event.site %}[{{ event.kind }}]{% elif event.kind != "meal" and event.is_scheduled %}{{ event.time }} {{ event.title|capfirst }}{% else %}-{% endif %}{% if forloop.last %}.{% else %}; {% endif %}{% empty %}nothing{% endfor %}
      {% endfor %}{{ "literal" }} {{ 42 }} {{ days.count }} {{ days.first.date|date:"day" }} {{ missing }} {{ days.99 }}{% if 0 %}zero{% endif %}{% if 1 == 1 %} one{% endif %}{% if missing == nothing %} nils{% endif %}
      {# a comment #}{{ visit.title }} {{ delegation.name }} {{ days.0.events.0.is_scheduled }}
      """
    for visit in [ReportFixtures.seedProgramme, ReportFixtures.seedAccount, ReportFixtures.english]
    {
      for language in Language.allCases {
        let (compiled, stencil) = try both(
          template, name: "t.txt", folder: .builtIn(language), visit: visit, language: language)
        #expect(compiled == stencil)
        #expect(!compiled.isEmpty)
      }
    }
  }

  @Test("what it does not cover is left to Stencil, and renders the same")
  func leftToStencil() throws {
    let outside = [
      "{% for day in days %}{% for event in day.events where event.site %}x{% endfor %}{% endfor %}",
      "{% for day in days %}{% if forloop.counter > 1 %}{{ day.date }}{% endif %}{% endfor %}",
      "{{ visit.title|default:\"none\" }}",
      "{{ visit.title|uppercase }}",
      "{%- if visit.title -%} a {%- endif -%}",
      "{{ visit.title if visit.title else \"-\" }}",
      "{% ifnot visit.title %}none{% endif %}",
      "{{ 1.5 }} {{ true }}",
      "{% if visit.title",
    ]
    for template in outside {
      #expect(
        CompiledTemplate.compile(template, name: "t.txt", folder: .builtIn(.russian)) == nil,
        "\(template)")
    }
    for template in outside.dropLast() {
      let (compiled, stencil) = try both(
        template, name: "t.txt", folder: .builtIn(.russian), visit: ReportFixtures.seedProgramme,
        language: .russian)
      #expect(compiled == stencil, "\(template)")
    }
  }

  @Test("a list printed whole goes to Stencil at render time, with the same text")
  func listsPrintLikeStencil() throws {
    let template = "{{ days.0.events.0.topics }}|{{ days }}"
    let (compiled, stencil) = try both(
      template, name: "t.txt", folder: .builtIn(.russian), visit: ReportFixtures.seedProgramme,
      language: .russian)
    #expect(compiled == stencil)
  }

  @Test("a filter that fails points at its tag, as with Stencil")
  func filterErrors() throws {
    let template = "line one\n  {{ visit.title|date }}\n"
    let values = ReportRoot.values(ReportModel(ReportFixtures.seedProgramme, language: .english))
    for compiles in [true, false] {
      do {
        _ = try StencilRenderer(compiles: compiles).render(
          template, name: "t.txt", folder: .builtIn(.english), values: values,
          language: .english)
        Issue.record("a date filter on a title renders")
      } catch {
        let problem = try #require(error.problems.first)
        #expect(problem.line == 2 && problem.column == 3, "compiles: \(compiles)")
        #expect(problem.message.english.contains("date works on dates"))
      }
    }
  }
}
