import VisitCore
import VisitDiagnostics
import VisitLanguage

/// How the planner names things in its messages, in both languages.
enum PlanWording {
  /// "45 min", "1 h 30 min" / "45 мин", "1 ч 30 мин".
  static func duration(_ minutes: Int) -> LocalizedText {
    LocalizedText(duration: Minutes(minutes))
  }

  /// "10:05", from minutes of the day.
  static func time(_ minutes: Int) -> String {
    (WallClockTime(minutesSinceMidnight: minutes) ?? .endOfDay).description
  }

  /// "10:05–11:00".
  static func range(_ start: Int, _ end: Int) -> String { "\(time(start))\u{2013}\(time(end))" }

  static func dates(_ dates: [CalendarDate], _ language: Language) -> String {
    ListFormat.join(dates.map { DateFormat.dayAndMonth($0, language) }, language)
  }

  /// "on 19 June 12:00–13:00" / "19 июня с 12:00 до 13:00"; a whole day:
  /// "all day on 19 June" / "весь день 19 июня".
  static func busy(_ period: BusyPeriod) -> LocalizedText {
    let english = DateFormat.dayAndMonth(period.date, .english)
    let russian = DateFormat.dayAndMonth(period.date, .russian)
    guard let range = period.range else {
      return LocalizedText(english: "all day on \(english)", russian: "весь день \(russian)")
    }
    return LocalizedText(
      english: "on \(english) \(range)", russian: "\(russian) с \(range.start) до \(range.end)")
  }

  /// «Title» / "Title".
  static func event(_ event: Event) -> LocalizedText {
    let title = event.title?.value ?? event.id.value.rawValue
    return LocalizedText(quoting: title)
  }

  static func person(_ id: Identifier, in visit: Visit) -> String {
    visit.people.first { $0.id.value == id }?.displayName ?? id.rawValue
  }

  /// A site or place by its name, quoted.
  static func location(_ id: Identifier?, in visit: Visit) -> LocalizedText {
    guard let id else { return LocalizedText(english: "", russian: "") }
    let name =
      visit.sites.first { $0.id.value == id }?.name?.value
      ?? visit.places.first { $0.id.value == id }?.name?.value ?? id.rawValue
    return LocalizedText(quoting: name)
  }
}
