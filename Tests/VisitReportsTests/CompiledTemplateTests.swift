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
      "{{ visit.title|filter:\"uppercase\" }}",
      "{% if visit.title in visit.dates %}x{% endif %}",
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

  @Test("Stencil's own filters, compiled, as Stencil gives them")
  func stencilFilters() throws {
    let templates = [
      "{{ visit.title|default:\"none\" }}|{{ missing|default:missing,\"second\" }}|{{ missing|default }}",
      "{{ visit.title|uppercase }} {{ visit.title|lowercase }} {{ visit.title|capitalize }}",
      "{{ visit.title|split:\" \"|join:\"+\" }} {{ days|join:\", \" }} {{ visit.title|join }}",
      "{{ visit.title|split|join:\"/\" }} {{ days.count|uppercase }} {{ days.0.events.0.title|join:\"-\" }}",
      "{{ \"a\nb\n\nc\"|indent }}|{{ \"a\nb\"|indent:2,\"-\" }}|{{ \"a\nb\"|indent:0 }}",
      "{% for day in days %}{{ day.events|join:\"; \"|capitalize }}{% endfor %}",
      "{{ days|capitalize|join:\",\" }}",
    ]
    for template in templates {
      #expect(
        CompiledTemplate.compile(template, name: "t.txt", folder: .builtIn(.russian)) != nil,
        "\(template)")
      for visit in [ReportFixtures.seedProgramme, ReportFixtures.english] {
        for language in Language.allCases {
          let (compiled, stencil) = try both(
            template, name: "t.txt", folder: .builtIn(language), visit: visit, language: language)
          #expect(compiled == stencil, "\(template)")
        }
      }
    }
    // Their mistakes read as Stencil's, at the tag.
    for template in ["{{ visit.title|join:\"a\",\"b\" }}", "{{ visit.title|indent:\"x\" }}"] {
      var messages: [String] = []
      for compiles in [true, false] {
        do {
          _ = try StencilRenderer(compiles: compiles).render(
            template, name: "t.txt", folder: .builtIn(.english),
            values: ReportRoot.values(ReportModel(ReportFixtures.english, language: .english)),
            language: .english)
        } catch {
          let problem = try #require(error.problems.first)
          messages.append("\(problem.line):\(problem.column) \(problem.message.english)")
        }
      }
      #expect(messages.count == 2)
      #expect(Set(messages).count == 1, "\(messages)")
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

/// Random templates of the common part, rendered both ways.
@Suite struct RandomTemplateTests {
  /// Values in scope at each depth: the loop variables open so far.
  private static let rootValues = [
    "visit.title", "visit.dates", "visit.principal", "delegation.name", "delegation.head",
    "days.count", "days.first.date", "unscheduled", "agreements.count", "gifts", "missing",
    "\"текст\"", "'a'", "0", "2",
  ]
  private static let dayValues = ["day.date", "day.title", "day.events.count", "day.route"]
  private static let eventValues = [
    "event.title", "event.kind", "event.site", "event.site.address", "event.participants",
    "event.is_optional", "event.summary", "event.notes", "event.same_participants",
    "forloop.counter", "forloop.first", "forloop.length",
  ]
  private static let filters = [
    "", "|capfirst", "|gen", "|initials", "|list", "|lowerfirst", "|titled", "|acc",
    "|default:\"—\"", "|uppercase", "|join:\", \"", "|capitalize|join", "|split|join:\"_\"",
  ]

  private struct Maker {
    var random: SeededGenerator
    var scope: [String] = RandomTemplateTests.rootValues

    mutating func pick(_ items: [String]) -> String {
      items[Int(random.next() % UInt64(items.count))]
    }

    mutating func value() -> String {
      let value = pick(scope)
      // Literals and numbers take no case filters.
      guard value.first?.isLetter == true else { return value }
      return value + pick(RandomTemplateTests.filters)
    }

    mutating func condition() -> String {
      switch random.next() % 5 {
      case 0: return "not " + value()
      case 1: return value() + " and " + value()
      case 2: return value() + " or not " + value()
      case 3: return value() + (random.next() % 2 == 0 ? " == " : " != ") + pick(scope)
      default: return value()
      }
    }

    mutating func block(depth: Int) -> String {
      var text = ""
      for _ in 0..<Int(1 + random.next() % 4) {
        switch random.next() % (depth > 3 ? 2 : 5) {
        case 0: text += pick(["Текст. ", "\n", "  ", ", ", "«a» "])
        case 1: text += "{{ \(value()) }}"
        case 2:
          text += "{% if \(condition()) %}\(block(depth: depth + 1))"
          if random.next() % 2 == 0 {
            text += "{% elif \(condition()) %}\(block(depth: depth + 1))"
          }
          if random.next() % 2 == 0 { text += "{% else %}\(block(depth: depth + 1))" }
          text += "{% endif %}"
        case 3:
          let saved = scope
          let (name, over, values): (String, String, [String]) =
            scope.contains("day.date")
            ? ("event", "day.events", RandomTemplateTests.eventValues)
            : ("day", "days", RandomTemplateTests.dayValues)
          scope += values
          text += "{% for \(name) in \(over) %}\(block(depth: depth + 1))"
          if random.next() % 3 == 0 { text += "{% empty %}пусто" }
          text += "{% endfor %}"
          scope = saved
        default: text += "{# note #}"
        }
      }
      return text
    }
  }

  @Test("three hundred random templates render the same bytes both ways")
  func sameBytes() throws {
    var maker = Maker(random: SeededGenerator(seed: 2018))
    var compared = 0
    for _ in 0..<300 {
      let template = maker.block(depth: 0)
      for visit in [ReportFixtures.seedProgramme, ReportFixtures.english] {
        for language in Language.allCases {
          let values = { ReportRoot.values(ReportModel(visit, language: language)) }
          let compiled = Result {
            try StencilRenderer(compiles: true).render(
              template, name: "t.txt", folder: .builtIn(language), values: values(),
              language: language)
          }
          let stencil = Result {
            try StencilRenderer(compiles: false).render(
              template, name: "t.txt", folder: .builtIn(language), values: values(),
              language: language)
          }
          switch (compiled, stencil) {
          case (.success(let a), .success(let b)):
            #expect(a == b, "\(template)")
            compared += 1
          case (.failure(let a), .failure(let b)):
            let first = (a as? TemplateProblems)?.problems.first
            let second = (b as? TemplateProblems)?.problems.first
            #expect(first == second, "\(template)")
          default:
            Issue.record("one way failed, the other did not: \(template)")
          }
        }
      }
    }
    #expect(compared > 800)
  }
}
