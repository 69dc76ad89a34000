import ArgumentParser
import Foundation
import Synchronization
import VisitCalendar
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLanguage
import VisitLoader
import VisitPage
import VisitReports
import VisitServe
import VisitWorkbook
import VisitXLSX

/// `visitplan serve FILE`: the page live while the file is edited.
struct ServeCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Show the visit's page in a browser, reloaded whenever the file is saved.",
    discussion: """
      Open the address it prints. The page is made again from the file on every load, and an \
      open page reloads itself within half a second of a save; a broken file shows its errors \
      on the page. The workbook, the reports and the calendars are offered as downloads, made \
      when asked for. It listens on this machine only (127.0.0.1) unless --host names another \
      address and --allow-remote says that is meant. Ctrl-C stops it.
      """)

  @Argument(help: "The visit file.")
  var file: String

  @Option(help: "The port to listen on; 0 picks a free one.")
  var port = 8080

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Flag(help: "Allow --host to be an address other computers can reach.")
  var allowRemote = false

  @OptionGroup var language: LanguageOption

  var messages: Language { language.language }

  func validate() throws {
    guard (0...65_535).contains(port) else {
      throw ValidationError(ServeMessages.badPort(port).text(in: messages))
    }
  }

  func run() throws {
    let messages = language.language
    if !allowRemote && !PreviewServer.isLoopback(host) {
      throw Failure.couldNotRun(ServeMessages.notLoopback(host).text(in: messages))
    }
    guard FileManager.default.isReadableFile(atPath: file) else {
      throw Failure.couldNotRun(ServeMessages.cannotRead(file).text(in: messages))
    }
    let documents = PreviewDocuments(file: file, language: language.explicit)
    let server = PreviewServer(
      host: host, port: port, watched: file,
      page: { version in documents.page(version: version) },
      document: { name in documents.document(named: name) })
    let host = self.host
    let outcome = Mutex<(any Error)?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
      do {
        try await server.run { port in
          let shown = host.contains(":") ? "[\(host)]" : host
          Output.standardError(ServeMessages.serving("http://\(shown):\(port)/").text(in: messages))
        }
      } catch {
        outcome.withLock { $0 = error }
      }
      done.signal()
    }
    done.wait()
    if let error = outcome.withLock({ $0 }) {
      if case PreviewServer.StartError.cannotBind(let host, let port, let reason) = error {
        throw Failure.couldNotRun(
          ServeMessages.cannotBind(host: host, port: port, reason: reason).text(in: messages))
      }
      throw Failure.couldNotRun(ServeMessages.stopped("\(error)").text(in: messages))
    }
    Output.standardError(ServeMessages.stoppedCleanly.text(in: messages))
  }
}

/// What the preview serves, made from the file as it is at each request.
struct PreviewDocuments: Sendable {
  let file: String
  let language: Language?

  private func load() -> Result<LoadedVisit, LoadError> {
    Result { () throws(LoadError) in try VisitLoader.load(contentsOf: file) }
  }

  func page(version: Int) -> String {
    switch load() {
    case .success(let loaded):
      let language = language ?? loaded.visit.info.effectiveLanguage
      return PageMaker.page(
        loaded, fileName: file, language: language,
        live: downloads(loaded.visit, language: language), version: version)
    case .failure(let error):
      // The file cannot be read at all (gone, a folder, too big): the page
      // says so and keeps listening for the next save.
      let language = language ?? .russian
      var visit = Visit()
      visit.info.title = Located(file, at: .startOfFile)
      var options = VisitPage.Options(fileName: file, language: language)
      options.isReadable = false
      options.isLive = true
      options.liveVersion = version
      let message = LocalizedText(
        english: error.message(in: .english), russian: error.message(in: .russian))
      let diagnostic = Diagnostic(.yamlSyntax, message, at: .startOfFile)
      return VisitPage.render(visit, diagnostics: [diagnostic], options: options)
    }
  }

  /// The documents on offer, by the name in `/download/NAME`.
  func downloads(_ visit: Visit, language: Language) -> [VisitPage.Download] {
    var list = [
      VisitPage.Download(
        label: ServeMessages.workbook.text(in: language), path: "/download/visit.xlsx")
    ]
    for name in BuiltInTemplates.names {
      list.append(VisitPage.Download(label: name + ".txt", path: "/download/\(name).txt"))
    }
    list.append(
      VisitPage.Download(
        label: ServeMessages.calendar.text(in: language), path: "/download/visit.ics"))
    // A calendar per person, for a visit small enough to list them.
    let naming = VisitNaming(visit, language: language)
    if visit.people.count <= 40 {
      for person in visit.peopleInProtocolOrder {
        list.append(
          VisitPage.Download(
            label: naming.person(person.id.value) + " (.ics)",
            path: "/download/" + VisitCalendar.fileName(for: person.id.value) + ".ics"))
      }
    }
    return list
  }

  func document(named name: String) -> PreviewServer.Document? {
    guard case .success(let loaded) = load() else { return nil }
    let visit = loaded.visit
    let language = language ?? visit.info.effectiveLanguage
    if name == "visit.xlsx" {
      return workbook(loaded, language: language)
    }
    if name.hasSuffix(".txt"), BuiltInTemplates.names.contains(String(name.dropLast(4))) {
      guard
        let text = try? Report.render(
          visit, template: TemplateChoice(String(name.dropLast(4))), language: language, width: 80)
      else { return nil }
      return PreviewServer.Document(
        contentType: "text/plain; charset=utf-8", bytes: Array(text.utf8))
    }
    if name.hasSuffix(".ics") {
      let stem = String(name.dropLast(4))
      let scope: VisitCalendar.Scope
      if stem == "visit" {
        scope = .visit
      } else if let person = visit.people.first(where: {
        VisitCalendar.fileName(for: $0.id.value) == stem
      }) {
        scope = .person(person.id.value)
      } else {
        return nil
      }
      guard
        let calendar = try? VisitCalendar(
          visit, scope: scope, language: language,
          stamp: CalendarCommand.modificationTime(of: file))
      else { return nil }
      return PreviewServer.Document(
        contentType: "text/calendar; charset=utf-8", bytes: Array(calendar.text.utf8))
    }
    return nil
  }

  /// The workbook, made in a temporary file the server reads back and
  /// removes: libxlsxwriter writes files only.
  private func workbook(_ loaded: LoadedVisit, language: Language) -> PreviewServer.Document? {
    let diagnostics = Checker().check(loaded)
    guard
      let workbook = try? OfficialWorkbook.make(
        loaded.visit, diagnostics: diagnostics, language: language, created: nil)
    else { return nil }
    let path =
      NSTemporaryDirectory()
      + "visitplan-serve-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).xlsx"
    defer { unlink(path) }
    guard (try? WorkbookWriter.write(workbook, to: path)) != nil,
      let data = FileManager.default.contents(atPath: path)
    else { return nil }
    return PreviewServer.Document(
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes: Array(data))
  }
}
