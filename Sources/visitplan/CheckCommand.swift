import ArgumentParser
import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader

/// `visitplan check FILE…`: every problem in each file, compiler-style.
struct CheckCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Find every conflict and mistake in visit files.",
    discussion: """
      Diagnostics go to standard output, sorted by position, followed by a summary. \
      With --format json, one JSON object per file, one per line. At most --max-diagnostics \
      are printed per file; the summary counts them all. \
      Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 a file could not be read.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Visit files (.visit.yaml).")
  var files: [String]

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @OptionGroup var language: LanguageOption
  @OptionGroup var color: ColorOption

  @Flag(help: "Count warnings as errors for the exit status.")
  var strict = false

  @Option(help: "Print at most this many diagnostics per file; 0 prints all.")
  var maxDiagnostics = DiagnosticLimit.standard.maximum

  @Flag(help: .hidden)
  var timings = false

  var messages: Language { language.language }

  func validate() throws {
    if files.isEmpty {
      throw ValidationError("Give at least one visit file, e.g. visitplan check visit.visit.yaml")
    }
    guard maxDiagnostics >= 0 else {
      throw ValidationError("--max-diagnostics must be 0 (all) or more")
    }
  }

  func run() throws {
    let language = language.language
    let checker = Checker()
    var total = DiagnosticSummary()
    var couldNotRead = false
    var checkedAny = false
    for file in files {
      let clock = ContinuousClock()
      let loadStart = clock.now
      let loaded: LoadedVisit
      do {
        loaded = try VisitLoader.load(contentsOf: file)
      } catch {
        Output.standardError("visitplan: \(error.message(in: language))\n")
        couldNotRead = true
        continue
      }
      let loadEnd = clock.now
      let loadPeak = PeakMemory.megabytes
      var steps: [(String, Duration)] = []
      let diagnostics = checker.check(loaded, measure: timings ? { steps.append(($0, $1)) } : nil)
      if timings {
        let slowest = steps.sorted { $0.1 > $1.1 }.prefix(8)
        Output.standardError(
          "timings: slowest steps: "
            + slowest.map { "\($0.0) \(Self.seconds($0.1))" }.joined(separator: ", ") + "\n")
        Output.standardError(
          "timings: \(file): load \(Self.seconds(loadEnd - loadStart)) s (peak \(loadPeak) MB), "
            + "check \(Self.seconds(clock.now - loadEnd)) s (peak \(PeakMemory.megabytes) MB), "
            + "\(loaded.visit.events.count) events\n")
      }
      checkedAny = true
      total = total + DiagnosticSummary(diagnostics)
      let limit = DiagnosticLimit(maximum: maxDiagnostics)
      switch format {
      case .text:
        let printer = TextDiagnosticPrinter(
          fileName: file, language: language,
          usesColor: color.usesColor(forDescriptor: STDOUT_FILENO))
        try Output.standardOutput(
          printer.render(limit.shown(diagnostics))
            + printer.renderOmitted(limit.omitted(from: diagnostics.count)))
      case .json:
        try Output.standardOutput(
          JSONDiagnosticPrinter(fileName: file, language: language).render(
            diagnostics, limit: limit))
      }
    }
    if format == .text && checkedAny {
      let printer = TextDiagnosticPrinter(
        fileName: "", language: language,
        usesColor: color.usesColor(forDescriptor: STDOUT_FILENO))
      try Output.standardOutput(printer.renderSummary(total))
    }
    if couldNotRead { throw ExitCode(ExitStatus.couldNotRun) }
    if total.errors > 0 || (strict && total.warnings > 0) {
      throw ExitCode(ExitStatus.visitHasErrors)
    }
  }

  private static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    return String(format: "%d.%03d", milliseconds / 1000, milliseconds % 1000)
  }
}
