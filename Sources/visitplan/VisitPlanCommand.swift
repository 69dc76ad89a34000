import ArgumentParser
import Foundation
import VisitCore
import VisitDiagnostics
import VisitFiles

/// `visitplan`: plans, checks and reports official delegation visits from one
/// YAML file per visit.
@main
struct VisitPlanCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "visitplan",
    abstract: "Check, export and report official delegation visits described in YAML.",
    discussion: """
      A visit is one text file (format visitplan/1, see docs/format.md). \
      Exit status: 0 success, 1 the visit has errors, 2 the command could not run.
      """,
    version: "visitplan \(version) (format visitplan/1)",
    subcommands: [
      CheckCommand.self, PlanCommand.self, ExportCommand.self, ReportCommand.self,
      PageCommand.self, ServeCommand.self, CalendarCommand.self,
      TemplatesCommand.self,
      InflectCommand.self, SchemaCommand.self,
    ]
  )

  /// Runs the command. Every way out is an exit status of the spec: usage
  /// errors exit with 2 (not swift-argument-parser's 64), and help, version
  /// and errors are written through `Output`, so a full or closed stream is
  /// exit 2 rather than a lost message and exit 0.
  static func main() {
    guard Output.prepareStreams() else { Foundation.exit(ExitStatus.couldNotRun) }
    Output.prepareColumns(
      language: LanguageOption.fromEnvironment(ProcessInfo.processInfo.environment))
    var command: (any ParsableCommand)?
    do {
      var parsed = try parseAsRoot()
      command = parsed
      try parsed.run()
    } catch {
      let messages =
        (command as? any LocalizedCommand)?.messages
        ?? LanguageOption.fromEnvironment(ProcessInfo.processInfo.environment)
      Foundation.exit(finish(with: error, messages: messages))
    }
  }

  /// Says what stopped the command, and returns the exit status.
  private static func finish(with error: any Error, messages: Language) -> Int32 {
    switch error {
    case let failure as Failure:
      if case .couldNotRun(let message) = failure {
        Output.standardError("visitplan: \(message)\n")
      }
      return ExitStatus.couldNotRun
    case let error as OutputError:
      if !error.isBrokenPipe {
        Output.standardError(
          "visitplan: \(CommandMessages.standardOutput(error).text(in: messages))\n")
      }
      return ExitStatus.couldNotRun
    case let exit as ExitCode:
      return exit.rawValue
    default:
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        // --help, --version: asked for, so they go to standard output.
        do {
          try Output.standardOutput(message.isEmpty ? "" : message + "\n")
        } catch {
          return finish(with: error, messages: messages)
        }
        return ExitStatus.success
      }
      if !message.isEmpty { Output.standardError(message + "\n") }
      // Exit 1 means "the visit has errors"; anything unforeseen could not run.
      return code == .validationFailure || code == .failure ? ExitStatus.couldNotRun : code.rawValue
    }
  }
}

/// A command whose messages have a language (`--lang`).
protocol LocalizedCommand {
  var messages: Language { get }
}

/// A command that could not run: one line on stderr, exit 2; or a quiet
/// exit 2 when the reader of its output went away.
enum Failure: Error, CustomStringConvertible {
  case couldNotRun(String)
  case quiet

  /// An output that could not be written, said in the user's language.
  init(_ error: OutputError, _ document: CommandMessages.Document, messages: Language) {
    if error.isBrokenPipe && error.path == "-" {
      self = .quiet
    } else {
      self = .couldNotRun(CommandMessages.output(error, document).text(in: messages))
    }
  }

  var description: String {
    switch self {
    case .couldNotRun(let message): message
    case .quiet: ""
    }
  }
}

/// The exit statuses of the spec.
enum ExitStatus {
  static let success: Int32 = 0
  static let visitHasErrors: Int32 = 1
  static let couldNotRun: Int32 = 2
}
