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
  /// - Parameter nothingWritten: what the stop means, e.g. "no workbook written".
  static func load(
    _ file: String, messages: Language, color: ColorOption, allowErrors: Bool,
    nothingWritten: LocalizedText
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
      Output.standardError(printer.render(shown))
    }
    if summary.errors > 0 && !allowErrors || !loaded.isReadable {
      Output.standardError(
        messages == .russian
          ? "visitplan: в файле есть ошибки (\(summary.line(in: messages))); "
            + "\(nothingWritten.russian). Исправьте их или добавьте --allow-errors\n"
          : "visitplan: the visit has errors (\(summary.line(in: messages))); "
            + "\(nothingWritten.english). Fix them, or add --allow-errors\n")
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
      throw Failure.couldNotRun(
        messages == .russian
          ? "\(output): это входной файл визита; укажите другой файл для результата (-o …)"
          : "\(output) is the visit file itself; give another path for the output (-o …)")
    }
  }
}
