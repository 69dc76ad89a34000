/// A wall-clock date and time, as Excel stores it: no time zone. Checked on
/// creation, since 1.1.4 reads past an array for a month above 12.
public struct LocalDateTime: Hashable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int
  public let hour: Int
  public let minute: Int

  public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) throws(XLSXError) {
    let daysInMonth =
      switch month {
      case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
      case 4, 6, 9, 11: 30
      default: 31
      }
    // Excel's dates start in 1900; 24:00 is the end of a day.
    guard (1900...9999).contains(year), (1...12).contains(month), (1...daysInMonth).contains(day),
      (0...23).contains(hour) && (0...59).contains(minute) || (hour == 24 && minute == 0)
    else {
      throw XLSXError(.invalidDate("\(year)-\(month)-\(day) \(hour):\(minute)"))
    }
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
  }
}
