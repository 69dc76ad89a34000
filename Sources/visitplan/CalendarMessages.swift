import VisitCalendar
import VisitCore
import VisitDiagnostics

/// What `visitplan calendar` says, in English and Russian.
enum CalendarMessages {
  static func problem(_ problem: VisitCalendar.Problem, file: String) -> LocalizedText {
    switch problem {
    case .unknownTimeZone(nil):
      LocalizedText(
        english: "\(file): the visit has no timezone; add visit.timezone (e.g. Europe/Moscow)",
        russian: "\(file): у визита не указан часовой пояс; добавьте visit.timezone "
          + "(например, Europe/Moscow)")
    case .unknownTimeZone(let name?):
      LocalizedText(
        english: "\(file): visit.timezone \(Quote.english(name)) is not an IANA time zone this "
          + "system knows; use a name such as Europe/Moscow",
        russian: "\(file): часовой пояс visit.timezone \(Quote.russian(name)) неизвестен системе; "
          + "укажите имя вроде Europe/Moscow")
    case .unknownPerson(let id, let suggestion):
      LocalizedText(
        english: "no person \(Quote.english(id.rawValue)) in \(file)"
          + (suggestion.map { "; did you mean \(Quote.english($0.rawValue))?" } ?? "")
          + " (ids are the keys under people:)",
        russian: "в \(file) нет участника \(Quote.russian(id.rawValue))"
          + (suggestion.map { "; может быть, \(Quote.russian($0.rawValue))?" } ?? "")
          + " (идентификаторы — ключи в разделе people:)")
    case .unknownSite(let id, let suggestion):
      LocalizedText(
        english: "no site \(Quote.english(id.rawValue)) in \(file)"
          + (suggestion.map { "; did you mean \(Quote.english($0.rawValue))?" } ?? "")
          + " (ids are the keys under sites:)",
        russian: "в \(file) нет площадки \(Quote.russian(id.rawValue))"
          + (suggestion.map { "; может быть, \(Quote.russian($0.rawValue))?" } ?? "")
          + " (идентификаторы — ключи в разделе sites:)")
    case .noDates:
      LocalizedText(
        english: "\(file): no event has a date yet, so there is nothing to put in a calendar; "
          + "run visitplan plan first",
        russian: "\(file): ни у одного события нет даты, календарю нечего показать; "
          + "сначала выполните visitplan plan")
    }
  }

  /// One unscheduled event left out, as a located note.
  static func leftOut(_ title: String, hasDate: Bool) -> LocalizedText {
    hasDate
      ? LocalizedText(
        english: "\(Quote.english(title)) has no time yet and is left out of the calendar",
        russian: "у события \(Quote.russian(title)) ещё нет времени, в календарь оно не вошло")
      : LocalizedText(
        english: "\(Quote.english(title)) has no date and time yet and is left out of the calendar",
        russian:
          "у события \(Quote.russian(title)) ещё нет даты и времени, в календарь оно не вошло")
  }

  static let conflictingScopes = LocalizedText(
    english: "give at most one of --person, --site and --all",
    russian: "укажите не больше одного из --person, --site и --all")

  static let allNeedsFolder = LocalizedText(
    english: "--all writes one file per person into a folder: give -o FOLDER, not -",
    russian: "--all записывает по файлу на участника в папку: укажите -o ПАПКА, а не -")

  static func notAFolder(_ path: String) -> LocalizedText {
    LocalizedText(
      english: "\(path) is not a folder; --all needs -o FOLDER (it is created when missing)",
      russian: "\(path) — не папка; для --all нужно -o ПАПКА (её создадут, если её нет)")
  }

  static func cannotCreateFolder(_ path: String, _ reason: String) -> LocalizedText {
    LocalizedText(
      english: "cannot create the folder \(path): \(reason)",
      russian: "не удаётся создать папку \(path): \(reason)")
  }

  static func badSourceDateEpoch(_ value: String) -> LocalizedText {
    LocalizedText(
      english: "SOURCE_DATE_EPOCH=\(Quote.english(value)) is not whole seconds since 1970 "
        + "(0 to 253402300799); fix it or unset it",
      russian: "SOURCE_DATE_EPOCH=\(Quote.russian(value)) — не целое число секунд с 1970 года "
        + "(от 0 до 253402300799); исправьте или уберите переменную")
  }

  /// `wrote 5 calendars to out/calendars/ (29 events)`.
  static func wroteAll(files: Int, folder: String, events: Int) -> LocalizedText {
    guard files > 0 else {
      return LocalizedText(
        english: "no person of the file takes part in a scheduled event, so --all wrote no "
          + "calendar; the whole visit's calendar is written without --all",
        russian: "ни один участник из файла не занят в событиях с датой и временем, поэтому --all "
          + "не записал календарей; календарь всего визита записывается без --all")
    }
    return LocalizedText(
      english: "wrote \(files) \(files == 1 ? "calendar" : "calendars") to \(folder) "
        + "(\(events) \(events == 1 ? "event" : "events") in all)",
      russian: "записано календарей: \(files) в \(folder) (всего событий: \(events))")
  }

  /// A person with nothing scheduled gets no file.
  static func nobodyEvents(_ name: String) -> LocalizedText {
    LocalizedText(
      english: "\(name) takes part in no scheduled event; no calendar written for them",
      russian: "\(name) не участвует ни в одном событии с датой и временем; календарь не записан")
  }
}
