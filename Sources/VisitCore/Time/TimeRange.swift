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
  public init?(parsing text: String) {
    var dash: String.Index?
    for index in text.indices
    where text[index] == "-" || text[index] == "\u{2013}" || text[index] == "\u{2014}" {
      guard dash == nil else { return nil }
      dash = index
    }
    guard let dash,
      let start = WallClockTime(parsing: text[..<dash]),
      let end = WallClockTime(parsing: text[text.index(after: dash)...], allowsEndOfDay: true)
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
