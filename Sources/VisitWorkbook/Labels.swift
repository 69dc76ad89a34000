import VisitCore
import VisitDiagnostics

/// The workbook's words in Russian and English: sheet names, column
/// headings, and the words for sides, kinds and severities.
struct Labels {
  let language: Language

  func pick(_ russian: String, _ english: String) -> String {
    language == .russian ? russian : english
  }

  // MARK: Sheets

  var programme: String { pick("Программа", "Programme") }
  var participants: String { pick("Участники", "Participants") }
  var attendance: String { pick("Участие", "Attendance") }
  var venues: String { pick("Площадки", "Venues") }
  var agreements: String { pick("Соглашения", "Agreements") }
  var gifts: String { pick("Подарки", "Gifts") }
  var accommodation: String { pick("Размещение", "Accommodation") }
  var check: String { pick("Проверка", "Check") }

  // MARK: Words

  var timeToBeConfirmed: String { pick("время уточняется", "time to be confirmed") }
  var dateToBeConfirmed: String { pick("Дата не определена", "Date to be confirmed") }
  var pageOf: (String, String) { language == .russian ? ("Стр. ", " из ") : ("Page ", " of ") }
  var yes: String { pick("да", "yes") }
  var toTheEnd: String { pick("до конца визита", "to the end of the visit") }
  var internalNote: String { pick("Служебно: ", "Internal: ") }

  func press(_ press: PressAccess) -> String {
    switch press {
    case .open: pick("открыто для прессы", "open to the press")
    case .closed: pick("закрыто для прессы", "closed to the press")
    case .pool: pick("пул журналистов", "press pool")
    case .photoOp: pick("протокольная съёмка", "photo opportunity")
    }
  }
  var notInPerson: String { pick("нет, передан", "no, handed over") }
  var closed: String { pick("закрыто", "closed") }
  var closedOn: String { pick("закрыто", "closed on") }
  var everyDay: String { pick("ежедневно", "daily") }
  var attendanceListNote: String {
    pick(
      "Мероприятий или участников слишком много для таблицы: участие показано списком.",
      "Too many events or people for a table: attendance is listed rather than tabulated.")
  }

  /// The last row of an attendance list cut short.
  func attendanceListCut(shown: Int, total: Int) -> String {
    pick(
      "Список прерван на \(shown) строках из \(total): полный список не уместить на листе.",
      "The list stops at \(shown) rows of \(total): the whole list does not fit on a sheet.")
  }

  func side(_ side: Side?) -> String {
    switch side {
    case .delegation: pick("делегация", "delegation")
    case .host: pick("принимающая сторона", "host")
    case .guest: pick("гость", "guest")
    case nil: ""
    }
  }

  func agreementKind(_ kind: AgreementKind?) -> String {
    switch kind {
    case .cooperation: pick("о сотрудничестве", "cooperation")
    case .twinning: pick("о побратимстве", "twinning")
    case .memorandum: pick("меморандум", "memorandum")
    case .other: pick("иное", "other")
    case nil: ""
    }
  }

  func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: pick("ошибка", "error")
    case .warning: pick("предупреждение", "warning")
    case .note: pick("замечание", "note")
    }
  }

  func weekday(_ weekday: Weekday) -> String {
    language == .russian
      ? weekday.russianAbbreviation
      : weekday.rawValue.prefix(1).uppercased() + weekday.rawValue.dropFirst()
  }
}
