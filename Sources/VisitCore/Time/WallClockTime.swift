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
  public init?(parsing text: some StringProtocol, allowsEndOfDay: Bool = false) {
    self.init(bytes: Array(text.utf8)[...], allowsEndOfDay: allowsEndOfDay)
  }

  /// `init(parsing:)` over UTF-8 bytes: this runs for every event of a
  /// forum-sized file.
  init?(bytes: ArraySlice<UInt8>, allowsEndOfDay: Bool = false) {
    var bytes = bytes
    while bytes.first == UInt8(ascii: " ") || bytes.first == UInt8(ascii: "\t") {
      bytes = bytes.dropFirst()
    }
    while bytes.last == UInt8(ascii: " ") || bytes.last == UInt8(ascii: "\t") {
      bytes = bytes.dropLast()
    }
    guard
      let separator = bytes.firstIndex(where: {
        $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
      })
    else { return nil }
    let hours = bytes[..<separator]
    let minutes = bytes[(separator + 1)...]
    guard (1...2).contains(hours.count), minutes.count == 2,
      let hour = Self.number(hours), let minute = Self.number(minutes)
    else { return nil }
    if hour == 24 && !allowsEndOfDay { return nil }
    self.init(hour: hour, minute: minute)
  }

  /// The value of ASCII digits, or nil if any byte is not one.
  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
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
    "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))"
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  public var trimmingSpaces: Substring {
    let string = Substring(self)
    var start = string.startIndex
    var end = string.endIndex
    while start < end, string[start] == " " || string[start] == "\t" {
      start = string.index(after: start)
    }
    while end > start {
      let before = string.index(before: end)
      guard string[before] == " " || string[before] == "\t" else { break }
      end = before
    }
    return string[start..<end]
  }
}
