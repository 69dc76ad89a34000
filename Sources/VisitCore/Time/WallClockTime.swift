/// A time of day on the visit's wall clock, to the minute.
///
/// `24:00` exists only as the end of something that runs to midnight.
public struct WallClockTime: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Minutes since midnight, 0…1440.
  public let minutesSinceMidnight: Int

  public static let endOfDay = WallClockTime(unchecked: 24 * 60)

  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour) && (0...59).contains(minute) || (hour == 24 && minute == 0)
    else { return nil }
    self.minutesSinceMidnight = hour * 60 + minute
  }

  public init?(minutesSinceMidnight: Int) {
    guard (0...(24 * 60)).contains(minutesSinceMidnight) else { return nil }
    self.minutesSinceMidnight = minutesSinceMidnight
  }

  private init(unchecked minutes: Int) {
    self.minutesSinceMidnight = minutes
  }

  /// Parses `H:MM` or `HH:MM`; a dot is accepted for the colon (`10.00`), as
  /// Russian documents often write it. `24:00` only when `allowsEndOfDay`.
  public init?(parsing text: String, allowsEndOfDay: Bool = false) {
    let trimmed = text.trimmingSpaces
    guard let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "." }) else {
      return nil
    }
    let hours = trimmed[..<separator]
    let minutes = trimmed[trimmed.index(after: separator)...]
    guard (1...2).contains(hours.count), minutes.count == 2,
      hours.allSatisfy(\.isASCIIDigit), minutes.allSatisfy(\.isASCIIDigit),
      let hour = Int(hours), let minute = Int(minutes)
    else { return nil }
    if hour == 24 && !allowsEndOfDay { return nil }
    self.init(hour: hour, minute: minute)
  }

  public var hour: Int { minutesSinceMidnight / 60 }
  public var minute: Int { minutesSinceMidnight % 60 }

  /// The time `duration` later, or nil past midnight.
  public func adding(_ duration: Minutes) -> WallClockTime? {
    WallClockTime(minutesSinceMidnight: minutesSinceMidnight + duration.count)
  }

  public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
    lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
  }

  /// `HH:MM`.
  public var description: String {
    let hh = hour < 10 ? "0\(hour)" : "\(hour)"
    let mm = minute < 10 ? "0\(minute)" : "\(minute)"
    return "\(hh):\(mm)"
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let characters = Array(self)
    var start = 0
    var end = characters.count
    while start < end, characters[start] == " " || characters[start] == "\t" { start += 1 }
    while end > start, characters[end - 1] == " " || characters[end - 1] == "\t" { end -= 1 }
    return String(characters[start..<end])
  }
}
