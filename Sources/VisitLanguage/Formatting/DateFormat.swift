public import VisitCore

/// Dates as officials write them (ГОСТ Р 7.0.97: "19 июня 2018 г.",
/// "19.06.2018"), and the English twins ("19 June 2018"). The month and
/// weekday names are tables, not the machine's locale: on Linux
/// `Locale.current` ignores LANG, and dates in the file are calendar dates
/// that must never pass through a time zone. A test checks the tables
/// against ICU with explicit `ru_RU` and `en_GB` locales.
public enum DateFormat {
  public static let russianMonthsGenitive = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
  ]
  public static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// "19 июня 2018 г." / "19 June 2018".
  public static func long(_ date: CalendarDate, _ language: Language) -> String {
    switch language {
    case .russian: "\(dayAndMonth(date, language)) \(date.year) г."
    case .english: "\(dayAndMonth(date, language)) \(date.year)"
    }
  }

  /// "19 июня" / "19 June".
  public static func dayAndMonth(_ date: CalendarDate, _ language: Language) -> String {
    switch language {
    case .russian: "\(date.day) \(russianMonthsGenitive[date.month - 1])"
    case .english: "\(date.day) \(englishMonths[date.month - 1])"
    }
  }

  /// A day heading in a programme: "19 июня, вторник" / "Tuesday, 19 June".
  public static func dayHeading(_ date: CalendarDate, _ language: Language) -> String {
    switch language {
    case .russian: "\(dayAndMonth(date, language)), \(weekday(date.weekday, language))"
    case .english: "\(weekday(date.weekday, language)), \(dayAndMonth(date, language))"
    }
  }

  /// A day heading with the year, for tables that span years:
  /// "19 июня 2018 г., вторник" / "Tuesday, 19 June 2018", each in its
  /// language's order.
  public static func dayHeadingWithYear(_ date: CalendarDate, _ language: Language) -> String {
    switch language {
    case .russian: "\(long(date, language)), \(weekday(date.weekday, language))"
    case .english: "\(weekday(date.weekday, language)), \(long(date, language))"
    }
  }

  /// "19.06.2018", the numeric form of tables (both languages).
  public static func numeric(_ date: CalendarDate) -> String {
    "\(date.day.zeroPadded(2)).\(date.month.zeroPadded(2)).\(date.year)"
  }

  /// "19.06".
  public static func numericDayAndMonth(_ date: CalendarDate) -> String {
    "\(date.day.zeroPadded(2)).\(date.month.zeroPadded(2))"
  }

  /// "18–20 июня 2018 г.", "30 июня – 2 июля 2018 г.", "30 декабря 2018 г. –
  /// 2 января 2019 г."; in English "18–20 June 2018" and so on. Numbers take
  /// an en dash with no spaces, longer parts a spaced one.
  public static func range(_ start: CalendarDate, _ end: CalendarDate, _ language: Language)
    -> String
  {
    if start == end { return long(start, language) }
    let yearMark = language == .russian ? " г." : ""
    if start.year == end.year && start.month == end.month {
      return "\(start.day)\u{2013}\(dayAndMonth(end, language)) \(end.year)\(yearMark)"
    }
    if start.year == end.year {
      return "\(dayAndMonth(start, language)) \u{2013} \(dayAndMonth(end, language)) "
        + "\(end.year)\(yearMark)"
    }
    return "\(long(start, language)) \u{2013} \(long(end, language))"
  }

  public static func weekday(_ weekday: Weekday, _ language: Language) -> String {
    switch language {
    case .russian:
      switch weekday {
      case .monday: "понедельник"
      case .tuesday: "вторник"
      case .wednesday: "среда"
      case .thursday: "четверг"
      case .friday: "пятница"
      case .saturday: "суббота"
      case .sunday: "воскресенье"
      }
    case .english:
      switch weekday {
      case .monday: "Monday"
      case .tuesday: "Tuesday"
      case .wednesday: "Wednesday"
      case .thursday: "Thursday"
      case .friday: "Friday"
      case .saturday: "Saturday"
      case .sunday: "Sunday"
      }
    }
  }
}

/// Wall-clock times in 24-hour form, ranges with an en dash and no spaces:
/// "10:00–11:30" — never through DateIntervalFormatter, which puts an em dash.
public enum TimeFormat {
  public static func time(_ time: WallClockTime) -> String { time.description }

  public static func range(_ range: TimeRange) -> String {
    "\(range.start)\u{2013}\(range.end)"
  }

  /// An event's time as the programme prints it: "10:00–11:30", "10:20"
  /// (no end stated), "в течение дня" / "during the day", or nil when the
  /// event has no time.
  public static func event(_ event: Event, _ language: Language) -> String? {
    if let time = event.time?.value { return range(time) }
    switch event.openTime?.value {
    case .start(let start): return self.time(start)
    case .allDay: return DocumentWords.duringTheDay.text(in: language)
    case nil: return nil
    }
  }
}

/// Lists in running text: "А, Б и В" / "A, B and C".
public enum ListFormat {
  public static func join(_ items: [String], _ language: Language) -> String {
    let conjunction = language == .russian ? "и" : "and"
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default:
      return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
  }
}
