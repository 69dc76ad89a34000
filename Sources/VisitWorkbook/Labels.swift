import VisitCore
import VisitDiagnostics
import VisitLanguage

/// The workbook's words in its language, picked from `WorkbookMessages`.
struct Labels {
  let language: Language

  func text(_ message: LocalizedText) -> String { message.text(in: language) }

  // MARK: Sheets

  var programme: String { text(WorkbookMessages.programme) }
  var participants: String { text(WorkbookMessages.participants) }
  var attendance: String { text(WorkbookMessages.attendance) }
  var venues: String { text(WorkbookMessages.venues) }
  var agreements: String { text(WorkbookMessages.agreements) }
  var gifts: String { text(WorkbookMessages.gifts) }
  var accommodation: String { text(WorkbookMessages.accommodation) }
  var check: String { text(WorkbookMessages.check) }

  // MARK: Words

  var timeToBeConfirmed: String { text(DocumentWords.timeToBeConfirmed) }
  var dateToBeConfirmed: String { text(WorkbookMessages.dateToBeConfirmed) }
  var pageOf: (String, String) { (text(WorkbookMessages.page), text(WorkbookMessages.pageOf)) }
  var yes: String { text(WorkbookMessages.yes) }
  var toTheEnd: String { text(WorkbookMessages.toTheEnd) }
  var internalNote: String { text(WorkbookMessages.internalNote) }
  var notInPerson: String { text(WorkbookMessages.notInPerson) }
  var closed: String { text(WorkbookMessages.closed) }
  var closedOn: String { text(WorkbookMessages.closedOn) }
  var everyDay: String { text(WorkbookMessages.everyDay) }
  var attendanceListNote: String { text(WorkbookMessages.attendanceListNote) }

  func press(_ press: PressAccess) -> String { text(DocumentWords.press(press)) }

  func attendanceListCut(shown: Int, total: Int) -> String {
    text(WorkbookMessages.attendanceListCut(shown: shown, total: total))
  }

  func side(_ side: Side?) -> String { side.map { text(WorkbookMessages.side($0)) } ?? "" }

  func agreementKind(_ kind: AgreementKind?) -> String {
    kind.map { text(WorkbookMessages.agreementKind($0)) } ?? ""
  }

  /// The severity as every printer says it (`Severity.name`).
  func severity(_ severity: Severity) -> String { text(severity.name) }

  func weekday(_ weekday: Weekday) -> String { text(WorkbookMessages.weekday(weekday)) }
}
