/// A date with an optional time on the visit's wall clock: when a person
/// arrives or leaves (`arrives: "2018-06-18 14:30"`).
public struct VisitMoment: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var date: CalendarDate
  /// Nil when only the day is known.
  public var time: WallClockTime?

  public init(date: CalendarDate, time: WallClockTime? = nil) {
    self.date = date
    self.time = time
  }

  /// `2018-06-18 14:30`, `2018-06-18T14:30` or `2018-06-18`.
  public init?(parsing text: String) {
    let trimmed = String(text.trimmingSpaces)
    let parts = trimmed.split(
      maxSplits: 1, whereSeparator: { $0 == " " || $0 == "T" })
    guard let first = parts.first, let date = CalendarDate(parsing: String(first)) else {
      return nil
    }
    self.date = date
    if parts.count == 2 {
      guard let time = WallClockTime(relaxed: parts[1]) else { return nil }
      self.time = time
    } else {
      self.time = nil
    }
  }

  /// Minutes since 1970-01-01 00:00, a day's start when no time is given.
  public var minutesSinceEpoch: Int {
    date.daysSinceEpoch * 1440 + (time?.minutesSinceMidnight ?? 0)
  }

  /// The last minute the moment covers: a date alone lasts to the day's end
  /// (`leaves: 2018-06-19` leaves that evening).
  public var endMinute: Int {
    time == nil ? minutesSinceEpoch + 1440 : minutesSinceEpoch
  }

  public static func < (lhs: VisitMoment, rhs: VisitMoment) -> Bool {
    lhs.minutesSinceEpoch < rhs.minutesSinceEpoch
  }

  public var description: String {
    time.map { "\(date) \($0)" } ?? date.description
  }
}
