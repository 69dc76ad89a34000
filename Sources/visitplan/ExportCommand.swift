import ArgumentParser
import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader
import VisitWorkbook
import VisitXLSX

/// `visitplan export FILE -o OUT.xlsx`: the officials' workbook.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the officials' XLSX workbook of a visit.",
    discussion: """
      The visit is checked first: errors stop the export (exit 1) unless --allow-errors is given, \
      and then the workbook's Check sheet lists them. Warnings are printed and do not stop it. \
      The workbook is in the visit's language unless --lang says otherwise; it is written \
      to a temporary file and renamed into place, so a failure leaves nothing behind. \
      SOURCE_DATE_EPOCH, when set, is recorded as the creation time.
      """)

  @Argument(help: "The visit file.")
  var file: String

  @Option(name: .shortAndLong, help: "The workbook to write (.xlsx); - for standard output.")
  var output: String

  @OptionGroup var language: LanguageOption
  @OptionGroup var color: ColorOption

  @Flag(help: "Export even when the check finds errors; they are listed in the workbook.")
  var allowErrors = false

  func run() throws {
    let messages = language.language
    let (loaded, diagnostics) = try CheckFirst.load(
      file, messages: messages, color: color, allowErrors: allowErrors,
      nothingWritten: LocalizedText(english: "no workbook written", russian: "книга не записана"))
    if output != "-" {
      try CheckFirst.refuseToOverwrite(input: file, with: output, messages: messages)
    }
    let workbookLanguage = language.explicit ?? loaded.visit.info.effectiveLanguage
    let created = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) }
    do {
      let workbook = try OfficialWorkbook.make(
        loaded.visit, diagnostics: diagnostics, language: workbookLanguage, created: created)
      if output == "-" {
        try writeToStandardOutput(workbook)
      } else {
        try WorkbookWriter.write(workbook, to: output)
      }
    } catch let error as XLSXError {
      throw Failure.couldNotRun(Self.describe(error, output: output, in: messages))
    }
  }

  /// XLSX needs a file to be built in; it goes to a temporary one, then out.
  private func writeToStandardOutput(_ workbook: Workbook) throws {
    let folder = FileManager.default.temporaryDirectory.path
    let path = (folder as NSString).appendingPathComponent("visitplan-\(getpid()).xlsx")
    defer { unlink(path) }
    try WorkbookWriter.write(workbook, to: path)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw XLSXError(.fileSystem(path: path, reason: "could not read it back"))
    }
    FileHandle.standardOutput.write(data)
  }

  static func describe(_ error: XLSXError, output: String, in language: Language) -> String {
    switch (error.kind, language) {
    case (.fileSystem(_, let reason), .english):
      "\(output): cannot write the workbook (\(reason)); check that the folder exists and is writable"
    case (.fileSystem(_, let reason), .russian):
      "\(output): не удаётся записать книгу (\(reason)); проверьте, что папка существует и доступна для записи"
    case (_, .english):
      "could not make the workbook: \(error)"
    case (_, .russian):
      "не удалось создать книгу: \(error)"
    }
  }
}

/// A command that could not run: one line on stderr, exit 2.
enum Failure: Error, CustomStringConvertible {
  case couldNotRun(String)

  var description: String {
    switch self {
    case .couldNotRun(let message): message
    }
  }
}
