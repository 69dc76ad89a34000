import Foundation
import VisitCalendar
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitLoader
import VisitPage
import VisitPlan
import VisitReports
import VisitWorkbook
import VisitXLSX

/// Feeds bytes through everything a user's file goes through: load, check,
/// both diagnostic printers, the workbook (built and written through
/// libxlsxwriter into an unnamed file), and one built-in report. Which
/// language and which template depend on the input, so that the fuzzer
/// reaches them all.
///
/// Besides crashes, sanitizer reports and hangs (libFuzzer's), two promises
/// are checked: a visit the checker finds no errors in always makes a
/// workbook, and a built-in template always renders.
enum FuzzPipeline {
  /// An input that starts with this line is a user's report template, not
  /// a visit: it is checked and rendered against a small visit, so that the
  /// template path — user input as much as a visit file — is fuzzed too.
  static let templateMarker = Array("#template\n".utf8)

  static func run(_ bytes: [UInt8]) {
    if bytes.starts(with: templateMarker) {
      runTemplate(Array(bytes.dropFirst(templateMarker.count)))
      return
    }
    let loaded = VisitLoader.load(bytes: bytes)
    let diagnostics = Checker().check(loaded)
    let language: Language = bytes.count % 2 == 0 ? .russian : .english
    _ = TextDiagnosticPrinter(fileName: "fuzz.visit.yaml", language: language)
      .render(DiagnosticLimit.standard.shown(diagnostics))
    _ = JSONDiagnosticPrinter(fileName: "fuzz.visit.yaml", language: language)
      .render(diagnostics, limit: .standard)
    // The page shows any file, errors and all.
    _ = VisitPage.render(
      loaded.visit, diagnostics: diagnostics,
      options: VisitPage.Options(fileName: "fuzz.visit.yaml", language: language))
    guard loaded.isReadable else { return }
    // A calendar, or a problem the user can fix; never a trap.
    _ = try? VisitCalendar(loaded.visit, scope: .visit, language: language, stamp: 0)
    let hasErrors = DiagnosticSummary(diagnostics).errors > 0
    do {
      let workbook = try OfficialWorkbook.make(
        loaded.visit, diagnostics: diagnostics, language: language)
      try OutputFile.write(toDescriptor: nullDevice) { staging in
        try WorkbookWriter.write(workbook, to: staging.path)
      }
    } catch let error as XLSXError {
      if !hasErrors { fatalError("a visit without errors made no workbook: \(error)") }
    } catch {
      fatalError("the workbook failed outside XLSXError: \(error)")
    }
    if !hasErrors { plan(loaded.visit, bytes: bytes) }
    let names = BuiltInTemplates.names
    let template = names[bytes.count / 2 % names.count]
    do {
      _ = try Report.render(
        loaded.visit, template: .builtIn(template), language: language,
        width: 20 + bytes.count % 100)
    } catch {
      fatalError("the built-in template \(template) failed: \(error.problems)")
    }
  }

  /// The planner and its text edits, with a short time limit (no Z3); the
  /// edited text is loaded and checked again as the command does. A layout
  /// the edits cannot handle is an answer, not a finding.
  static func plan(_ visit: Visit, bytes: [UInt8]) {
    let outcome = Planner.plan(visit, options: PlanOptions(timeLimit: 0.05))
    let text = String(decoding: bytes, as: UTF8.self)
    guard case .success(let edited) = PlanEdits.apply(outcome.decisions, to: text, visit: visit)
    else { return }
    let reloaded = VisitLoader.load(text: edited)
    _ = PlanEdits.verify(reloaded.visit, against: visit, decisions: outcome.decisions)
    _ = Checker().check(reloaded)
  }

  /// A template file in a folder of its own (templates include files of
  /// their folder), rendered in both languages; a mistake in it must come
  /// back as `TemplateProblems`, which the signature guarantees.
  static func runTemplate(_ bytes: [UInt8]) {
    let path = templateFolder + "/fuzz.txt"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
    for language in [Language.russian, .english] {
      _ = try? Report.render(
        templateVisit, template: .file(path), language: language, width: 20 + bytes.count % 100)
    }
  }

  static let templateFolder: String = {
    let folder = NSTemporaryDirectory() + "/visitplan-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }()

  /// A small visit with something in every field a template can ask for.
  static let templateVisit = VisitLoader.load(
    text: """
      format: visitplan/1
      visit:
        title: Визит делегации города Стаханова
        timezone: Europe/Moscow
        delegation: {name: делегация города Стаханова, from: stakhanov, head: zhevlakov}
        host: veterans
      people:
        zhevlakov: {name: Жевлаков Сергей, position: глава города, side: delegation}
        ivanov: {name: Иванов Сергей, position: глава города Липецка, side: host}
      organizations:
        stakhanov: {name: Администрация города Стаханова}
        veterans: {name: Совет ветеранов, place: lipetsk}
      places: {lipetsk: {name: Липецк, kind: city}}
      sites: {hall: {name: Зал заседаний, place: lipetsk, address: ул. Ленина, 1}}
      days:
        - date: 2018-06-19
          events:
            - id: meeting
              title: Встреча с главой города
              kind: meeting
              time: 10:00-11:00
              site: hall
              participants: [delegation, ivanov]
              topics: [сотрудничество]
              gifts: [{item: картина, from: zhevlakov, to: ivanov}]
      agreements:
        pact: {title: Соглашение о сотрудничестве, parties: [stakhanov, veterans], event: meeting}
      """
  ).visit

  /// Where workbooks go: they are made for real, then thrown away.
  static let nullDevice = open("/dev/null", O_WRONLY | O_CLOEXEC)
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// libFuzzer's own command line: `visitplan-fuzz CORPUS… -max_total_time=60`.
@main
struct Fuzz {
  static func main() {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzer(&argc, &argv, fuzzOneInput))
  }
}
#else
/// Without the fuzzer: runs each file given (or every file of each folder
/// given) through the pipeline once, so the corpus and past findings are
/// replayed by an ordinary build in `make test`.
@main
struct Replay {
  static func main() {
    var count = 0
    for argument in CommandLine.arguments.dropFirst() {
      for path in files(at: argument) {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("visitplan-fuzz: cannot read \(path)\n".utf8))
          exit(2)
        }
        FuzzPipeline.run([UInt8](data))
        count += 1
      }
    }
    print("replayed \(count) inputs")
  }

  static func files(at path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return []
    }
    guard isFolder.boolValue else { return [path] }
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { path + "/" + $0 }.filter {
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder)
        && !isFolder.boolValue
    }
  }
}
#endif
