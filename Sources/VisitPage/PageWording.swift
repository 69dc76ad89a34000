import VisitCore
import VisitDiagnostics

/// The page's own words, in Russian and English.
enum PageWording {
  static let timeline = LocalizedText(english: "Timeline", russian: "Хронограмма")
  static let agenda = LocalizedText(english: "Programme", russian: "Программа")
  static let findings = LocalizedText(
    english: "Findings of the check", russian: "Замечания проверки")
  static let noFindings = LocalizedText(
    english: "The check found nothing to remark on.", russian: "Проверка не нашла замечаний.")
  static let people = LocalizedText(english: "Participants", russian: "Участники")
  static let sites = LocalizedText(english: "Venues", russian: "Площадки")
  static let bodies = LocalizedText(
    english: "Delegations and organizations", russian: "Делегации и организации")
  static let noVenue = LocalizedText(english: "No venue", russian: "Без площадки")
  static let rowHeading = LocalizedText(
    english: "Participant or venue", russian: "Участник или площадка")
  static let tray = LocalizedText(english: "Not yet scheduled", russian: "Время не определено")
  static let noDate = LocalizedText(english: "no date yet", russian: "дата не определена")
  static let whose = LocalizedText(english: "Whose programme", russian: "Чья программа")
  static let everyone = LocalizedText(english: "Everyone", russian: "Все участники")
  static let views = LocalizedText(english: "Views", russian: "Разделы")
  static let downloads = LocalizedText(english: "Documents", russian: "Документы")
  static let participants = LocalizedText(english: "Participants", russian: "Участники")
  static let inCharge = LocalizedText(english: "In charge", russian: "Ответственный")
  static let timeZone = LocalizedText(english: "Times are local", russian: "Время местное")
  static let live = LocalizedText(
    english: "Live preview: the page reloads when the file is saved.",
    russian: "Предпросмотр: страница обновляется при сохранении файла.")
  static let noProgramme = LocalizedText(
    english: "The programme has no dated events yet.",
    russian: "В программе пока нет событий с датой.")
  static let unreadable = LocalizedText(
    english: "The file could not be read in full; the findings say where.",
    russian: "Файл не удалось прочитать полностью; где именно — в замечаниях.")

  /// `Жевлаков Сергей's programme` / `Программа: Жевлаков Сергей`.
  static func programme(of name: String) -> LocalizedText {
    LocalizedText(english: "\(name)'s programme", russian: "Программа: \(name)")
  }

  /// The travel block's text and hover text.
  static func journey(minutes: Int, from: String, to: String, isShort: Bool) -> LocalizedText {
    let english = "Transfer \(minutes) min: \(from) → \(to)"
    let russian = "Переезд \(minutes) мин: \(from) → \(to)"
    return isShort
      ? LocalizedText(
        english: english + " (the next event starts before arrival)",
        russian: russian + " (следующее событие начинается раньше прибытия)")
      : LocalizedText(english: english, russian: russian)
  }

  static func minutes(_ minutes: Int) -> LocalizedText {
    LocalizedText(english: "\(minutes) min", russian: "\(minutes) мин")
  }
}
