import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitLoader
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
  static func run(_ bytes: [UInt8]) {
    let loaded = VisitLoader.load(bytes: bytes)
    let diagnostics = Checker().check(loaded)
    let language: Language = bytes.count % 2 == 0 ? .russian : .english
    _ = TextDiagnosticPrinter(fileName: "fuzz.visit.yaml", language: language)
      .render(DiagnosticLimit.standard.shown(diagnostics))
    _ = JSONDiagnosticPrinter(fileName: "fuzz.visit.yaml", language: language)
      .render(diagnostics, limit: .standard)
    guard loaded.isReadable else { return }
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
