import VisitCore
import VisitDiagnostics

/// Every word the workbook writes, in both languages: sheet names, column
/// headings, and the words for sides, kinds and access. `Labels` picks from
/// here in the workbook's language.
enum WorkbookMessages {
  // MARK: Sheets

  static let programme = LocalizedText(english: "Programme", russian: "Программа")
  static let participants = LocalizedText(english: "Participants", russian: "Участники")
  static let attendance = LocalizedText(english: "Attendance", russian: "Участие")
  static let venues = LocalizedText(english: "Venues", russian: "Площадки")
  static let agreements = LocalizedText(english: "Agreements", russian: "Соглашения")
  static let gifts = LocalizedText(english: "Gifts", russian: "Подарки")
  static let accommodation = LocalizedText(english: "Accommodation", russian: "Размещение")
  static let check = LocalizedText(english: "Check", russian: "Проверка")

  // MARK: Headings and titles

  static let programmeHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Start", russian: "Начало"),
    LocalizedText(english: "End", russian: "Окончание"),
    LocalizedText(english: "Event", russian: "Мероприятие"),
    LocalizedText(english: "Venue", russian: "Место проведения"),
    LocalizedText(english: "Participants", russian: "Участники"),
  ]

  static let venuesHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Venue", russian: "Площадка"),
    LocalizedText(english: "Place", russian: "Населённый пункт"),
    LocalizedText(english: "Address", russian: "Адрес"),
    LocalizedText(english: "Opening hours", russian: "Часы работы"),
    LocalizedText(english: "Capacity", russian: "Вместимость"),
    LocalizedText(english: "Events", russian: "Мероприятия"),
  ]

  static let attendanceHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Name", russian: "ФИО"),
    LocalizedText(english: "Date", russian: "Дата"),
    LocalizedText(english: "Start", russian: "Начало"),
    LocalizedText(english: "Event", russian: "Мероприятие"),
  ]

  static let staysHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Hotel", russian: "Гостиница"),
    LocalizedText(english: "Who", russian: "Кто"),
    LocalizedText(english: "Check-in", russian: "Заезд"),
    LocalizedText(english: "Check-out", russian: "Выезд"),
    LocalizedText(english: "Rooms", russian: "Номеров"),
    LocalizedText(english: "Notes", russian: "Примечание"),
  ]

  static let giftsHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Date", russian: "Дата"),
    LocalizedText(english: "Event", russian: "Мероприятие"),
    LocalizedText(english: "Gift", russian: "Подарок"),
    LocalizedText(english: "From", russian: "От кого"),
    LocalizedText(english: "To", russian: "Кому"),
    LocalizedText(english: "Value", russian: "Стоимость"),
    LocalizedText(english: "In person", russian: "Вручён лично"),
  ]

  static let agreementsHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Agreement", russian: "Соглашение"),
    LocalizedText(english: "Kind", russian: "Вид"),
    LocalizedText(english: "Parties", russian: "Стороны"),
    LocalizedText(english: "Signatories", russian: "Подписали"),
    LocalizedText(english: "Signed on", russian: "Дата подписания"),
    LocalizedText(english: "Event", russian: "Мероприятие"),
    LocalizedText(english: "Goals", russian: "Цели"),
  ]

  static let checkHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Severity", russian: "Уровень"),
    LocalizedText(english: "Rule", russian: "Правило"),
    LocalizedText(english: "Message", russian: "Сообщение"),
    LocalizedText(english: "Line", russian: "Строка"),
  ]

  static let participantsHeadings: [LocalizedText] = [
    LocalizedText(english: "No.", russian: "№"),
    LocalizedText(english: "Name", russian: "ФИО"),
    LocalizedText(english: "Position", russian: "Должность"),
    LocalizedText(english: "Organization", russian: "Организация"),
    LocalizedText(english: "Side", russian: "Сторона"),
    LocalizedText(english: "Events", russian: "Мероприятий"),
  ]

  static let responsible = LocalizedText(english: "Responsible", russian: "Ответственный")
  static let transport = LocalizedText(english: "Transport", russian: "Транспорт")
  static let press = LocalizedText(english: "Press", russian: "Пресса")
  static let notes = LocalizedText(english: "Notes", russian: "Примечание")
  static let number = LocalizedText(english: "No.", russian: "№")
  static let name = LocalizedText(english: "Name", russian: "ФИО")
  static let defaultTitle = LocalizedText(
    english: "Delegation programme", russian: "Программа пребывания делегации")

  // MARK: Words in cells

  static let topics = LocalizedText(english: "Topics: ", russian: "Вопросы: ")
  static let dateToBeConfirmed = LocalizedText(
    english: "Date to be confirmed", russian: "Дата не определена")
  static let yes = LocalizedText(english: "yes", russian: "да")
  static let toTheEnd = LocalizedText(
    english: "to the end of the visit", russian: "до конца визита")
  static let internalNote = LocalizedText(english: "Internal: ", russian: "Служебно: ")
  static let notInPerson = LocalizedText(english: "no, handed over", russian: "нет, передан")
  static let closed = LocalizedText(english: "closed", russian: "закрыто")
  static let closedOn = LocalizedText(english: "closed on", russian: "закрыто")
  static let everyDay = LocalizedText(english: "daily", russian: "ежедневно")
  static let attendanceListNote = LocalizedText(
    english: "Too many events or people for a table: attendance is listed rather than tabulated.",
    russian: "Мероприятий или участников слишком много для таблицы: участие показано списком.")

  /// The footer's "Page 1 of 3": the words before and between the numbers.
  static let page = LocalizedText(english: "Page ", russian: "Стр. ")
  static let pageOf = LocalizedText(english: " of ", russian: " из ")

  /// The last row of an attendance list cut short.
  static func attendanceListCut(shown: Int, total: Int) -> LocalizedText {
    LocalizedText(
      english:
        "The list stops at \(shown) rows of \(total): the whole list does not fit on a sheet.",
      russian: "Список прерван на \(shown) строках из \(total): полный список не уместить на листе."
    )
  }

  /// A venue's events beyond those listed: "… and 12 more".
  static func moreEvents(_ count: Int) -> LocalizedText {
    LocalizedText(english: "… and \(count) more", russian: "… и ещё \(count)")
  }

  static func side(_ side: Side) -> LocalizedText {
    switch side {
    case .delegation: LocalizedText(english: "delegation", russian: "делегация")
    case .host: LocalizedText(english: "host", russian: "принимающая сторона")
    case .guest: LocalizedText(english: "guest", russian: "гость")
    }
  }

  static func agreementKind(_ kind: AgreementKind) -> LocalizedText {
    switch kind {
    case .cooperation: LocalizedText(english: "cooperation", russian: "о сотрудничестве")
    case .twinning: LocalizedText(english: "twinning", russian: "о побратимстве")
    case .memorandum: LocalizedText(english: "memorandum", russian: "меморандум")
    case .other: LocalizedText(english: "other", russian: "иное")
    }
  }

  static func weekday(_ weekday: Weekday) -> LocalizedText {
    LocalizedText(
      english: weekday.rawValue.prefix(1).uppercased() + weekday.rawValue.dropFirst(),
      russian: weekday.russianAbbreviation)
  }
}
