import ArgumentParser
import Foundation

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
      CheckCommand.self, ExportCommand.self, ReportCommand.self, TemplatesCommand.self,
      InflectCommand.self, SchemaCommand.self,
    ]
  )

  /// Runs the command. Usage errors exit with 2, as the spec says, instead of
  /// swift-argument-parser's 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as Failure {
      Output.standardError("visitplan: \(failure)\n")
      Foundation.exit(ExitStatus.couldNotRun)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Output.standardError(fullMessage(for: error) + "\n")
        Foundation.exit(ExitStatus.couldNotRun)
      }
      exit(withError: error)
    }
  }
}

/// The exit statuses of the spec.
enum ExitStatus {
  static let success: Int32 = 0
  static let visitHasErrors: Int32 = 1
  static let couldNotRun: Int32 = 2
}
