/// From one wall-clock time to another on the same day, half-open: an event
/// ending at 11:30 and another starting at 11:30 do not overlap.
///
/// The end is not required to follow the start here: an event written the
/// wrong way round must still load, so that the `time-order` check can say so.
public struct TimeRange: Hashable, Sendable, CustomStringConvertible {
  public var start: WallClockTime
  public var end: WallClockTime

  public init(start: WallClockTime, end: WallClockTime) {
    self.start = start
    self.end = end
  }

  /// Parses `10:00-11:30`; the dash may be a hyphen, an en dash or an em dash,
  /// with or without spaces around it.
  public init?(parsing text: some StringProtocol) {
    // Over UTF-8 bytes, not characters: every event of a forum has a time.
    // A dash is "-" (2D), "–" (E2 80 93) or "—" (E2 80 94); the times on
    // either side are ASCII, so a dash with a combining mark fails there as
    // it fails as a character.
    let bytes = Array(text.utf8)
    var dash: (start: Int, end: Int)?
    var index = 0
    while index < bytes.count {
      let width: Int
      if bytes[index] == 0x2D {
        width = 1
      } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
      {
        width = 3
      } else {
        index += 1
        continue
      }
      guard dash == nil else { return nil }
      dash = (index, index + width)
      index += width
    }
    guard let dash,
      let start = WallClockTime(bytes: bytes[..<dash.start]),
      let end = WallClockTime(bytes: bytes[dash.end...], allowsEndOfDay: true)
    else { return nil }
    self.init(start: start, end: end)
  }

  public var duration: Minutes {
    Minutes(end.minutesSinceMidnight - start.minutesSinceMidnight)
  }

  /// Whether `range` lies wholly inside this one.
  public func contains(_ range: TimeRange) -> Bool {
    start <= range.start && range.end <= end
  }

  /// Whether the two half-open ranges share a minute.
  public func overlaps(_ other: TimeRange) -> Bool {
    start < other.end && other.start < end
  }

  /// `10:00–11:30` with an en dash, as reports print it.
  public var description: String { "\(start)\u{2013}\(end)" }
}
