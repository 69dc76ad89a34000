/// A wall-clock date and time, as Excel stores it: no time zone. Checked on
/// creation, since 1.1.4 reads past an array for a month above 12.
public struct LocalDateTime: Hashable, Sendable {
  // Small fields: a forum's workbook holds a hundred thousand of these.
  private let storedYear: Int16
  private let storedMonth: UInt8
  private let storedDay: UInt8
  private let storedHour: UInt8
  private let storedMinute: UInt8

  public var year: Int { Int(storedYear) }
  public var month: Int { Int(storedMonth) }
  public var day: Int { Int(storedDay) }
  public var hour: Int { Int(storedHour) }
  public var minute: Int { Int(storedMinute) }

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
    storedYear = Int16(year)
    storedMonth = UInt8(month)
    storedDay = UInt8(day)
    storedHour = UInt8(hour)
    storedMinute = UInt8(minute)
  }
}
