import ArgumentParser
import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitLoader
import VisitWorkbook
import VisitXLSX

/// `visitplan export FILE -o OUT.xlsx`: the officials' workbook.
struct ExportCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the officials' XLSX workbook of a visit.",
    discussion: """
      The visit is checked first: errors stop the export (exit 1) unless --allow-errors is given, \
      and then the workbook's Check sheet lists them. Warnings are printed and do not stop it. \
      The workbook is in the visit's language unless --lang says otherwise. It is made in an \
      unnamed temporary file and linked into place when complete, so a failure leaves nothing \
      behind; a FIFO or a device (/dev/stdout) is written to, never replaced. \
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

  var messages: Language { language.language }

  func run() throws {
    let messages = language.language
    let created = try Self.creationTime(messages: messages)
    let (loaded, diagnostics) = try CheckFirst.load(
      file, messages: messages, color: color, allowErrors: allowErrors, document: .workbook)
    if output != "-" {
      try CheckFirst.refuseToOverwrite(input: file, with: output, messages: messages)
    }
    let workbookLanguage = language.explicit ?? loaded.visit.info.effectiveLanguage
    do {
      let workbook = try OfficialWorkbook.make(
        loaded.visit, diagnostics: diagnostics, language: workbookLanguage, created: created)
      let write = { (staging: Staging) throws in
        try WorkbookWriter.write(workbook, to: staging.path)
      }
      if output == "-" {
        try OutputFile.write(toDescriptor: STDOUT_FILENO, write)
      } else {
        try OutputFile.write(to: output, write)
      }
    } catch let error as XLSXError {
      throw Failure.couldNotRun(CommandMessages.workbook(error, output: output).text(in: messages))
    } catch let error as OutputError {
      throw Failure(error, .workbook, messages: messages)
    }
  }

  /// `SOURCE_DATE_EPOCH` as the creation time. Unset or empty means the
  /// visit's own first day; anything that is not a time a workbook can
  /// record stops the export before any work.
  static func creationTime(messages: Language) throws -> Int64? {
    try SourceDateEpoch.read(
      allowing: DocumentProperties.createdRange, messages: messages,
      problem: CommandMessages.badSourceDateEpoch)
  }
}
