import ArgumentParser
import Foundation
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitLoader
import VisitReports

/// `visitplan report FILE`: a plain-text document from a template.
struct ReportCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a plain-text report of a visit from a template.",
    discussion: """
      The visit is checked first: errors stop the report (exit 1) unless --allow-errors is \
      given; warnings are printed and do not stop it. The report is in the visit's language \
      unless --lang says otherwise. --template takes a built-in name (visitplan templates \
      lists them) or the path of your own template; a template may include files of its own \
      folder only. A mistake in a template (an unknown variable, field or filter) is reported \
      with its file, line and column, and nothing is written (exit 2). Lines are wrapped at \
      --width characters. A file is made in an unnamed temporary file and linked into place \
      when complete; a FIFO or a device (/dev/stdout) is written to, never replaced.
      """)

  @Argument(help: "The visit file.")
  var file: String

  @Option(
    help:
      "A built-in template (programme, working, report, delegation, agreements, gifts) or a path.")
  var template = "programme"

  @Option(name: .shortAndLong, help: "The file to write; standard output when absent or -.")
  var output = "-"

  @Option(help: "Wrap lines at this many characters (at least 20).")
  var width = 80

  @OptionGroup var language: LanguageOption
  @OptionGroup var color: ColorOption

  @Flag(help: "Write the report even when the check finds errors.")
  var allowErrors = false

  var messages: Language { language.language }

  func validate() throws {
    guard width >= 20 else { throw ValidationError("--width must be at least 20") }
  }

  func run() throws {
    let messages = language.language
    let (loaded, _) = try CheckFirst.load(
      file, messages: messages, color: color, allowErrors: allowErrors, document: .report)
    if output != "-" {
      try CheckFirst.refuseToOverwrite(input: file, with: output, messages: messages)
    }
    let reportLanguage = language.explicit ?? loaded.visit.info.effectiveLanguage
    let text: String
    do {
      text = try Report.render(
        loaded.visit, template: TemplateChoice(template), language: reportLanguage, width: width)
    } catch {
      let printer = TextDiagnosticPrinter(fileName: file, language: messages)
      Output.standardError(
        error.problems.map {
          printer.renderProblem(in: $0.file, line: $0.line, column: $0.column, message: $0.message)
        }.joined()
          + "visitplan: \(CommandMessages.templateHasMistakes().text(in: messages))\n")
      throw ExitCode(ExitStatus.couldNotRun)
    }
    try Output.write(text, to: output, .report, messages: messages)
  }
}

/// `visitplan templates`: the built-in templates, one line each.
struct TemplatesCommand: ParsableCommand, LocalizedCommand {
  var messages: Language { language.language }

  static let configuration = CommandConfiguration(
    commandName: "templates",
    abstract: "List the built-in report templates.",
    discussion: """
      Each exists in Russian and English (Templates/ru, Templates/en in the source); \
      copy one to start your own and give its path to visitplan report --template.
      """)

  @OptionGroup var language: LanguageOption

  func run() throws {
    let names = BuiltInTemplates.names
    let width = names.map(\.count).max() ?? 0
    try Output.standardOutput(
      names.map { name in
        name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
          + BuiltInTemplates.description(name, language.language) + "\n"
      }.joined())
  }
}
