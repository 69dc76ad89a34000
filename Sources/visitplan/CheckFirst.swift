import ArgumentParser
import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader

/// Every command that reads a visit checks it first (cli.md): errors stop it
/// with exit 1 unless `--allow-errors`; warnings are printed on standard
/// error and do not.
enum CheckFirst {
  /// The loaded visit and its diagnostics, or an exit.
  /// - Parameter document: what the command writes, for "no workbook written".
  static func load(
    _ file: String, messages: Language, color: ColorOption, allowErrors: Bool,
    document: CommandMessages.Document
  ) throws -> (visit: LoadedVisit, diagnostics: [Diagnostic]) {
    let loaded: LoadedVisit
    do {
      loaded = try VisitLoader.load(contentsOf: file)
    } catch {
      throw Failure.couldNotRun(error.message(in: messages))
    }
    let diagnostics = Checker().check(loaded)
    let summary = DiagnosticSummary(diagnostics)
    let shown = diagnostics.filter { $0.severity != .note }
    if !shown.isEmpty {
      let printer = TextDiagnosticPrinter(
        fileName: file, language: messages,
        usesColor: color.usesColor(forDescriptor: STDERR_FILENO))
      let limit = DiagnosticLimit.standard
      Output.standardError(
        printer.render(limit.shown(shown))
          + printer.renderOmitted(limit.omitted(from: shown.count)))
    }
    if summary.errors > 0 && !allowErrors || !loaded.isReadable {
      Output.standardError(CommandMessages.visitHasErrors(summary, language: messages, document))
      throw ExitCode(ExitStatus.visitHasErrors)
    }
    return (loaded, diagnostics)
  }

  /// A command never writes over its input.
  static func refuseToOverwrite(input: String, with output: String, messages: Language) throws {
    var inputStatus = stat()
    var outputStatus = stat()
    guard stat(input, &inputStatus) == 0, stat(output, &outputStatus) == 0 else { return }
    if inputStatus.st_dev == outputStatus.st_dev && inputStatus.st_ino == outputStatus.st_ino {
      throw Failure.couldNotRun(CommandMessages.outputIsInput(output).text(in: messages))
    }
  }
}
