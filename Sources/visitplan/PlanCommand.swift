import ArgumentParser
import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitLoader
import VisitPlan

/// `visitplan plan FILE`: gives untimed events a day and a time, repairs a
/// broken programme, explains what cannot fit (planner.md).
struct PlanCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Give untimed events a day and a time; repair a programme; explain what cannot fit.",
    discussion: """
      The events without a time get a day and a time such that the check finds no errors \
      and no new warnings; what cannot be placed is explained by the few lines of the file \
      that together keep it out. With -o the planned visit is written to a new file, with \
      --in-place over FILE; otherwise only the summary is printed. The planned file is the \
      input with the fewest edits: comments, order and layout stay. --repair also moves timed \
      events that are not fixed: as few and as little as possible. Exit status: 0 everything \
      placed, 1 the visit has errors or something could not be placed (the plan is still \
      written), 2 the command could not run.
      """)

  @Argument(help: "The visit file.")
  var file: String

  @Option(name: .shortAndLong, help: "Write the planned visit here (- for standard output).")
  var output: String?

  @Flag(help: "Rewrite FILE with the plan.")
  var inPlace = false

  @Flag(help: "Also move timed events that are not fixed, as little as possible.")
  var repair = false

  @Option(help: "Stop searching after this long: 5s, 500ms, 2m.")
  var timeLimit = "5s"

  @Option(help: "text or json.")
  var format: OutputFormat = .text

  @OptionGroup var language: LanguageOption
  @OptionGroup var color: ColorOption

  var messages: Language { language.language }

  enum OutputFormat: String, ExpressibleByArgument {
    case text, json
  }

  func validate() throws {
    if inPlace && output != nil {
      throw ValidationError("give either -o or --in-place, not both")
    }
    guard Self.seconds(timeLimit) != nil else {
      throw ValidationError(PlanMessages.badTimeLimit(timeLimit))
    }
  }

  /// `5s`, `500ms`, `2m`, `10`: seconds, from 0.01 to 3600.
  static func seconds(_ text: String) -> Double? {
    let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("", 1)]
    for (suffix, scale) in units where text.hasSuffix(suffix) {
      guard let number = Double(text.dropLast(suffix.count)), number.isFinite else { continue }
      let value = number * scale
      return (0.01...3600).contains(value) ? value : nil
    }
    return nil
  }

  func run() throws {
    let loaded: LoadedVisit
    let bytes: [UInt8]
    do {
      (loaded, bytes) = try VisitLoader.loadKeepingBytes(contentsOf: file)
    } catch {
      throw Failure.couldNotRun(error.message(in: messages))
    }
    let visit = loaded.visit
    let speech = language.explicit ?? visit.info.effectiveLanguage
    let diagnostics = Checker().check(loaded)
    let errors = diagnostics.filter { $0.severity == .error }
    let printer = TextDiagnosticPrinter(
      fileName: file, language: speech,
      usesColor: color.usesColor(forDescriptor: STDERR_FILENO))
    let blocking = errors.filter { !repair || !Self.repairable.contains($0.rule) }
    if !blocking.isEmpty || !loaded.isReadable {
      let limit = DiagnosticLimit.standard
      Output.standardError(
        printer.render(limit.shown(errors))
          + printer.renderOmitted(limit.omitted(from: errors.count))
          + PlanMessages.cannotPlan(DiagnosticSummary(diagnostics), repair: repair).text(in: speech)
      )
      throw ExitCode(ExitStatus.visitHasErrors)
    }
    if let output, output != "-" {
      try CheckFirst.refuseToOverwrite(input: file, with: output, messages: messages)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let before = Set(diagnostics.filter { $0.severity != .note }.map(ProblemKey.init))
    var excluded: [Identifier: LocalizedText] = [:]
    var outcome = PlanOutcome()
    let events = visit.events
    let peopleIndex = PeopleIndex(visit: visit)
    var planned = text
    // The contract is the checker's verdict on the output: a placement it
    // still objects to is taken back, and the event stays out, explained.
    for _ in 0..<6 {
      outcome = Planner.plan(
        visit,
        options: PlanOptions(
          repair: repair, timeLimit: Self.seconds(timeLimit) ?? 5, excluded: Set(excluded.keys)))
      switch PlanEdits.apply(outcome.decisions, to: text, visit: visit) {
      case .failure(let problem):
        let location = problem.location.map { "\(file):\($0.line):\($0.column): " } ?? ""
        throw Failure.couldNotRun(location + problem.message.text(in: messages))
      case .success(let edited):
        planned = edited
      }
      let reloaded = VisitLoader.load(text: planned)
      guard PlanEdits.verify(reloaded.visit, against: visit, decisions: outcome.decisions) else {
        throw Failure.couldNotRun(PlanMessages.editsUnsafe.text(in: messages))
      }
      let recheck = Checker().check(reloaded)
      let new = recheck.filter {
        $0.severity == .error || $0.severity == .warning && !before.contains(ProblemKey($0))
      }
      if new.isEmpty { break }
      let decided = Set(outcome.decisions.map(\.id))
      let peopleOf = Dictionary(
        outcome.decisions.map { decision in
          (
            decision.id,
            Set(
              events[decision.eventIndex].participants.flatMap {
                visit.people(for: $0.value, in: peopleIndex)
              })
          )
        },
        uniquingKeysWith: { a, _ in a })
      var blamed = false
      for problem in new {
        for id in problem.events where decided.contains(id) && excluded[id] == nil {
          excluded[id] = problem.message
          blamed = true
        }
        if problem.events.isEmpty {
          for (id, people) in peopleOf
          where excluded[id] == nil && !people.isDisjoint(with: problem.people) {
            excluded[id] = problem.message
            blamed = true
          }
        }
      }
      if !blamed {
        if repair {
          // What --repair could not mend: fixed events that clash, or
          // events with nowhere to go; each left-out one says why.
          let why = outcome.unplaced.map { Self.diagnostic($0, events: events) }
          Output.standardError(
            printer.render((new + why).sorted())
              + "visitplan: \(PlanMessages.repairIncomplete.text(in: messages))\n")
          throw ExitCode(ExitStatus.visitHasErrors)
        }
        Output.standardError(
          printer.render(new.sorted())
            + "visitplan: \(PlanMessages.checkFailed.text(in: messages))\n")
        throw ExitCode(ExitStatus.couldNotRun)
      }
    }
    try report(
      outcome, excluded: excluded, visit: visit, planned: planned, speech: speech,
      printer: printer)
  }

  /// The errors `--repair` is for: when events take place.
  static let repairable: Set<RuleID> = [
    .personOverlap, .siteOverlap, .travelTime, .siteClosed, .beforeArrival, .afterDeparture,
    .personBusy, .window, .afterOrder, .wrongDate,
  ]

  /// A diagnostic as "the same problem" for before/after comparisons.
  struct ProblemKey: Hashable {
    let rule: RuleID
    let events: [Identifier]
    let people: [Identifier]

    init(_ diagnostic: Diagnostic) {
      rule = diagnostic.rule
      events = diagnostic.events.sorted { $0.rawValue < $1.rawValue }
      people = diagnostic.people.sorted { $0.rawValue < $1.rawValue }
    }
  }

  /// An event left out as a located error, its reasons as notes (a
  /// default's reason at the event itself).
  private static func diagnostic(_ item: PlanOutcome.Unplaced, events: [Event]) -> Diagnostic {
    let title = events[item.eventIndex].title?.value ?? item.id.rawValue
    let fallback = item.location ?? .startOfFile
    let notes =
      item.requirements.isEmpty
      ? [RelatedNote(PlanMessages.noDays, at: fallback)]
      : item.requirements.map { RelatedNote($0.text, at: $0.location ?? fallback) }
    return Diagnostic(
      .unplaceable, PlanMessages.unplaceable(title), at: item.location, related: notes,
      events: [item.id])
  }

  private func report(
    _ outcome: PlanOutcome, excluded: [Identifier: LocalizedText], visit: Visit, planned: String,
    speech: Language, printer: TextDiagnosticPrinter
  ) throws {
    let events = visit.events
    var unplaced = outcome.unplaced.map { Self.diagnostic($0, events: events) }
    for (id, message) in excluded.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      guard let event = events.first(where: { $0.id.value == id }) else { continue }
      let title = event.title?.value ?? id.rawValue
      unplaced.append(
        Diagnostic(
          .unplaceable, PlanMessages.unplaceable(title), at: event.location,
          related: [
            RelatedNote(PlanMessages.checkerObjects(message), at: event.location ?? .startOfFile)
          ], events: [id]))
    }
    unplaced.sort()
    let placedCount = outcome.decisions.filter { decision in
      events[decision.eventIndex].time == nil && events[decision.eventIndex].openTime == nil
    }.count
    let total = placedCount + unplaced.count
    let summaryToError = output == "-"
    if outcome.decisions.isEmpty && unplaced.isEmpty && format == .text {
      emit(PlanMessages.nothingToPlan.text(in: speech) + "\n", toError: summaryToError)
    } else if format == .text {
      let lines = outcome.decisions.map { decision in
        PlanMessages.decision(
          decision, title: events[decision.eventIndex].title?.value ?? decision.id.rawValue
        ).text(in: speech) + "\n"
      }.joined()
      if !lines.isEmpty { emit(lines + "\n", toError: summaryToError) }
      if !unplaced.isEmpty { Output.standardError(printer.render(unplaced) + "\n") }
      emit(
        PlanMessages.figures(outcome, placed: placedCount, total: total, repair: repair)
          .text(in: speech),
        toError: summaryToError)
    } else {
      emit(json(outcome, unplaced: unplaced, visit: visit), toError: summaryToError)
    }
    if let output {
      try Output.write(planned, to: output, .plan, messages: messages)
    } else if inPlace {
      do {
        try OutputFile.write(to: file) { staging in try staging.write(planned) }
      } catch let error as OutputError {
        throw Failure(error, .plan, messages: messages)
      }
    }
    if !unplaced.isEmpty { throw ExitCode(ExitStatus.visitHasErrors) }
  }

  private func emit(_ text: String, toError: Bool) {
    if toError {
      Output.standardError(text)
    } else {
      do { try Output.standardOutput(text) } catch {}
    }
  }

  private static func requirementJSON(
    _ kind: String, _ location: SourceLocation?, _ text: String
  ) -> String {
    let line = location.map { String($0.line) } ?? "null"
    let column = location.map { String($0.column) } ?? "null"
    return "{\"kind\": \(JSONString.quote(kind)), \"line\": \(line), \"column\": \(column), "
      + "\"text\": \(JSONString.quote(text))}"
  }

  private func json(_ outcome: PlanOutcome, unplaced: [Diagnostic], visit: Visit) -> String {
    func quote(_ text: String) -> String { JSONString.quote(text) }
    let placed = outcome.decisions.map { decision -> String in
      let was =
        "{\"date\": \(decision.wasDate.map { quote($0.description) } ?? "null"), "
        + "\"start\": \(decision.wasStart.map { quote($0.description) } ?? "null")}"
      return
        "{\"id\": \(quote(decision.id.rawValue)), \"date\": \(quote(decision.date.description)), "
        + "\"start\": \(quote(decision.start.description)), \"end\": \(quote(decision.end.description)), "
        + "\"site\": \(decision.site.map { quote($0.rawValue) } ?? "null"), \"was\": \(was)}"
    }
    let failed = unplaced.map { diagnostic -> String in
      let id = diagnostic.events.first?.rawValue ?? ""
      var requirements: [String] = []
      if let item = outcome.unplaced.first(where: { $0.id.rawValue == id }) {
        for requirement in item.requirements {
          requirements.append(
            Self.requirementJSON(
              requirement.kind, requirement.location, requirement.text.text(in: messages)))
        }
      } else {
        for note in diagnostic.related {
          requirements.append(
            Self.requirementJSON("check", note.location, note.message.text(in: messages)))
        }
      }
      let head =
        "{\"id\": \(quote(id)), \"line\": \(diagnostic.location.line), "
        + "\"column\": \(diagnostic.location.column), "
      return head + "\"requirements\": [\(requirements.joined(separator: ", "))]}"
    }
    let objective =
      "{\"priority-placed\": \(outcome.priorityPlaced), \"priority-total\": \(outcome.priorityTotal), "
      + "\"sum-of-ends\": \(outcome.sumOfEnds), \"moved\": \(outcome.moved), "
      + "\"minutes-moved\": \(outcome.minutesMoved)}"
    return "{\"file\": \(quote(file)), \"mode\": \(quote(repair ? "repair" : "plan")), "
      + "\"proven\": \(outcome.isProven), \"seconds\": \(String(format: "%.3f", outcome.seconds)), "
      + "\"first-plan-seconds\": \(String(format: "%.3f", outcome.firstPlanSeconds)), "
      + "\"objective\": \(objective), \"placed\": [\(placed.joined(separator: ", "))], "
      + "\"unplaced\": [\(failed.joined(separator: ", "))]}\n"
  }
}
