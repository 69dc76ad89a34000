import VisitCore
import VisitLanguage

/// A calendar date; prints as "19 июня 2018 г." / "19 June 2018"; the
/// `date` filter gives the other forms.
struct DateValue: TemplateObject, CustomStringConvertible {
  let date: CalendarDate
  let language: Language

  static let typeName = "Date"
  static let fields: [String: FieldType] = [
    "day": .number, "month": .number, "year": .number, "weekday": .text, "numeric": .text,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "day": return date.day
    case "month": return date.month
    case "year": return date.year
    case "weekday": return DateFormat.weekday(date.weekday, language)
    case "numeric": return DateFormat.numeric(date)
    default: return nil
    }
  }

  var description: String { DateFormat.long(date, language) }

  /// The forms of the `date` filter.
  static let styles = ["long", "numeric", "day", "heading", "weekday"]

  func formatted(_ style: String) -> String? {
    switch style {
    case "long": DateFormat.long(date, language)
    case "numeric": DateFormat.numeric(date)
    case "day": DateFormat.dayAndMonth(date, language)
    case "heading": DateFormat.dayHeading(date, language)
    case "weekday": DateFormat.weekday(date.weekday, language)
    default: nil
    }
  }
}

/// The dates of a visit: "18–20 июня 2018 г.".
struct DateRangeValue: TemplateObject, CustomStringConvertible {
  let start: CalendarDate
  let end: CalendarDate
  let language: Language

  static let typeName = "DateRange"
  static let fields: [String: FieldType] = ["start": .object("Date"), "end": .object("Date")]

  func field(_ name: String) -> Any? {
    switch name {
    case "start": return DateValue(date: start, language: language)
    case "end": return DateValue(date: end, language: language)
    default: return nil
    }
  }

  var description: String { DateFormat.range(start, end, language) }
}
