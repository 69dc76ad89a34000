import Foundation
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitXLSX

/// Every message of the command line itself, in English and Russian: what
/// went wrong, with what, and what to do. (The checker's and the loader's
/// messages have catalogues of their own.)
enum CommandMessages {
  /// What a command writes, for "cannot write the workbook".
  enum Document {
    case workbook, report, plan, page, calendar

    var text: LocalizedText {
      switch self {
      case .workbook: LocalizedText(english: "the workbook", russian: "книгу")
      case .report: LocalizedText(english: "the report", russian: "отчёт")
      case .plan: LocalizedText(english: "the planned visit", russian: "план визита")
      case .page: LocalizedText(english: "the page", russian: "страницу")
      case .calendar: LocalizedText(english: "the calendar", russian: "календарь")
      }
    }

    /// A file name to show in an example.
    var example: String {
      switch self {
      case .workbook: "visit.xlsx"
      case .report: "report.txt"
      case .plan: "planned.visit.yaml"
      case .page: "visit.html"
      case .calendar: "visit.ics"
      }
    }

    var nothingWritten: LocalizedText {
      switch self {
      case .workbook: LocalizedText(english: "no workbook written", russian: "книга не записана")
      case .report: LocalizedText(english: "no report written", russian: "отчёт не записан")
      case .plan: LocalizedText(english: "no plan written", russian: "план не записан")
      case .page: LocalizedText(english: "no page written", russian: "страница не записана")
      case .calendar: LocalizedText(english: "no calendar written", russian: "календарь не записан")
      }
    }
  }

  /// Why an output could not be written, and what to do about it.
  static func output(_ error: OutputError, _ document: Document) -> LocalizedText {
    let path = error.path
    let reason = error.reason
    let what = document.text
    switch error.kind {
    case .isFolder:
      return LocalizedText(
        english: "\(path): is a folder; give a file name for \(what.english), "
          + "e.g. -o \(document.example)",
        russian: "\(path): это папка; укажите имя файла, в который записать \(what.russian), "
          + "например -o \(document.example)")
    case .isBlockDevice:
      return LocalizedText(
        english: "\(path): is a disk device, which visitplan never writes to; give a file name",
        russian: "\(path): это дисковое устройство, visitplan на него не пишет; укажите имя файла")
    case .danglingLink:
      return LocalizedText(
        english: "\(path): is a symbolic link to a file that does not exist; "
          + "remove the link or give another path",
        russian: "\(path): символическая ссылка на несуществующий файл; "
          + "удалите ссылку или укажите другой путь")
    case .cannotOpen:
      return LocalizedText(
        english: "\(path): cannot be opened to write \(what.english) (\(reason)); check the path",
        russian: "\(path): не открывается для записи (\(reason)); проверьте путь")
    case .cannotCreate:
      return LocalizedText(
        english: "\(path): cannot write \(what.english) (\(reason)); "
          + "check that the folder exists and is writable",
        russian: "\(path): не удаётся записать \(what.russian) (\(reason)); "
          + "проверьте, что папка существует и доступна для записи")
    case .cannotWrite where path == "-":
      return standardOutput(error)
    case .cannotWrite:
      return LocalizedText(
        english: "\(path): writing \(what.english) failed (\(reason)); nothing was replaced; "
          + "check the free space",
        russian: "\(path): запись не удалась (\(reason)); ничего не заменено; "
          + "проверьте свободное место")
    case .cannotReplace:
      return LocalizedText(
        english: "\(path): cannot put \(what.english) in place (\(reason)); "
          + "check the folder's permissions",
        russian: "\(path): не удаётся поместить \(what.russian) на место (\(reason)); "
          + "проверьте права на папку")
    case .badTemporaryFolder:
      return LocalizedText(
        english: "TMPDIR=\(path) is not a usable folder (\(reason)); "
          + "set TMPDIR to a writable folder, or unset it",
        russian: "TMPDIR=\(path) — не папка, куда можно писать (\(reason)); "
          + "укажите в TMPDIR доступную для записи папку или уберите переменную")
    }
  }

  /// Standard output could not be written: full, or closed.
  static func standardOutput(_ error: OutputError) -> LocalizedText {
    LocalizedText(
      english: "cannot write to standard output (\(error.reason)); "
        + "check where the output is redirected",
      russian: "не удаётся писать в стандартный вывод (\(error.reason)); "
        + "проверьте, куда перенаправлен вывод")
  }

  /// `SOURCE_DATE_EPOCH` that is not a time a workbook can record.
  static func badSourceDateEpoch(_ value: String) -> LocalizedText {
    let shown = Quote.english(value)
    let range = DocumentProperties.createdRange
    return LocalizedText(
      english: "SOURCE_DATE_EPOCH=\(shown) is not a time a workbook can record: it must be "
        + "whole seconds since 1970 from \(range.lowerBound) to \(range.upperBound) "
        + "(1900–9999); fix it or unset it",
      russian: "SOURCE_DATE_EPOCH=\(Quote.russian(value)) — не время, которое можно записать в "
        + "книгу: нужно целое число секунд с 1970 года от \(range.lowerBound) до "
        + "\(range.upperBound) (1900–9999 годы); исправьте или уберите переменную")
  }

  /// `COLUMNS` that no text can be wrapped to.
  static func badColumns(_ value: String) -> LocalizedText {
    LocalizedText(
      english: "visitplan: note: COLUMNS=\(Quote.english(value)) is not a width from 40 to "
        + "10000; help is wrapped to 80 columns",
      russian: "visitplan: замечание: COLUMNS=\(Quote.russian(value)) — не ширина от 40 до "
        + "10000; справка выводится в 80 столбцов")
  }

  /// The check found errors, so nothing is written.
  static func visitHasErrors(_ summary: DiagnosticSummary, language: Language, _ document: Document)
    -> String
  {
    let counts = summary.text
    let nothing = document.nothingWritten
    return LocalizedText(
      english: "visitplan: the visit has errors (\(counts.english)); \(nothing.english). "
        + "Fix them, or add --allow-errors\n",
      russian: "visitplan: в файле есть ошибки (\(counts.russian)); \(nothing.russian). "
        + "Исправьте их или добавьте --allow-errors\n"
    ).text(in: language)
  }

  /// A command never writes over its input.
  static func outputIsInput(_ output: String) -> LocalizedText {
    LocalizedText(
      english: "\(output) is the visit file itself; give another path for the output (-o …)",
      russian: "\(output): это входной файл визита; укажите другой файл для результата (-o …)")
  }

  /// The template has mistakes; the problems are listed above.
  static func templateHasMistakes() -> LocalizedText {
    LocalizedText(
      english: "the template has mistakes; no report written",
      russian: "в шаблоне есть ошибки; отчёт не записан")
  }

  /// libxlsxwriter or the workbook's own checks refused something.
  static func workbook(_ error: XLSXError, output: String) -> LocalizedText {
    switch error.kind {
    case .fileSystem(_, let reason):
      LocalizedText(
        english: "\(output): cannot write the workbook (\(reason)); "
          + "check that the folder exists and is writable",
        russian: "\(output): не удаётся записать книгу (\(reason)); "
          + "проверьте, что папка существует и доступна для записи")
    default:
      LocalizedText(
        english: "could not make the workbook: \(error)",
        russian: "не удалось создать книгу: \(error)")
    }
  }
}
