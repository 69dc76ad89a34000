import ArgumentParser
import Foundation
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitCheck
import VisitLoader
import VisitPage

/// `visitplan page FILE -o visit.html`: the visit as one HTML page.
struct PageCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "page",
    abstract: "Write the visit as one self-contained HTML page: timeline, findings, agenda.",
    discussion: """
      The page needs no network: its style and script are inside it, so it opens from disk and \
      can be mailed. It shows every finding of the check on the events and people it concerns; \
      errors do not stop it, since seeing them is the point. It prints on A4 landscape. The \
      page is in the visit's language unless --lang says otherwise.
      """)

  @Argument(help: "The visit file.")
  var file: String

  @Option(name: .shortAndLong, help: "The page to write (.html); - for standard output.")
  var output: String

  @OptionGroup var language: LanguageOption

  var messages: Language { language.language }

  func run() throws {
    let messages = language.language
    let loaded: LoadedVisit
    do {
      loaded = try VisitLoader.load(contentsOf: file)
    } catch {
      throw Failure.couldNotRun(error.message(in: messages))
    }
    if output != "-" {
      try CheckFirst.refuseToOverwrite(input: file, with: output, messages: messages)
    }
    let html = PageMaker.page(
      loaded, fileName: file, language: language.explicit ?? loaded.visit.info.effectiveLanguage)
    try Output.write(html, to: output, .page, messages: messages)
  }
}

/// The page of a loaded visit with its check's findings: one way for
/// `page` and `serve`.
enum PageMaker {
  static func page(
    _ loaded: LoadedVisit, fileName: String, language: Language,
    live: [VisitPage.Download]? = nil, version: Int = 0
  ) -> String {
    let diagnostics = Checker().check(loaded).sorted()
    var options = VisitPage.Options(fileName: fileName, language: language)
    options.isReadable = loaded.isReadable
    if let live {
      options.isLive = true
      options.downloads = live
      options.liveVersion = version
    }
    return VisitPage.render(loaded.visit, diagnostics: diagnostics, options: options)
  }
}
