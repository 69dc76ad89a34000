import VisitCore

/// Dates as officials write them, with no locale or time zone involved:
/// "19 июня 2018 г., вторник" / "19 June 2018, Tuesday" for day headings,
/// "19.06.2018" in tables.
enum DateText {
  static let russianMonths = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  static func dayHeading(_ date: CalendarDate, _ language: Language) -> String {
    switch language {
    case .russian:
      "\(date.day) \(russianMonths[date.month - 1]) \(date.year) г., \(russianWeekday(date.weekday))"
    case .english:
      "\(date.day) \(englishMonths[date.month - 1]) \(date.year), \(englishWeekday(date.weekday))"
    }
  }

  /// "19.06.2018".
  static func numeric(_ date: CalendarDate) -> String {
    let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
    let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
    return "\(day).\(month).\(date.year)"
  }

  /// "19.06".
  static func dayAndMonth(_ date: CalendarDate) -> String {
    String(numeric(date).prefix(5))
  }

  static func russianWeekday(_ weekday: Weekday) -> String {
    switch weekday {
    case .monday: "понедельник"
    case .tuesday: "вторник"
    case .wednesday: "среда"
    case .thursday: "четверг"
    case .friday: "пятница"
    case .saturday: "суббота"
    case .sunday: "воскресенье"
    }
  }

  static func englishWeekday(_ weekday: Weekday) -> String {
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
