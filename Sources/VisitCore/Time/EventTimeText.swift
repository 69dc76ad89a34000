/// What a `time:` value says: a range, a start only, or the whole day.
public enum EventTimeText: Hashable, Sendable {
  case range(TimeRange)
  case open(OpenTime)

  /// Reads `10:00-11:30`, `10:20`, `all-day` / `в течение дня`, and the
  /// relaxed spellings of `WallClockTime(relaxed:)` on either side of a range.
  public init?(parsing text: String) {
    // Nearly every time in a file is a plain range ("10:00–11:30"): tried
    // first, as bytes. No all-day word starts with a digit.
    if let first = text.utf8.first, first >= 0x30 && first <= 0x39,
      let range = TimeRange(parsing: text)
    {
      self = .range(range)
      return
    }
    let trimmed = String(text.trimmingSpaces)
    if OpenTime.allDayWords.contains(trimmed.lowercased()) {
      self = .open(.allDay)
      return
    }
    if let range = TimeRange(parsing: trimmed) {
      self = .range(range)
      return
    }
    var dash: String.Index?
    for index in trimmed.indices
    where trimmed[index] == "-" || trimmed[index] == "\u{2013}" || trimmed[index] == "\u{2014}" {
      guard dash == nil else { return nil }
      dash = index
    }
    if let dash {
      guard let start = WallClockTime(relaxed: trimmed[..<dash]),
        let end = WallClockTime(
          relaxed: trimmed[trimmed.index(after: dash)...], allowsEndOfDay: true)
      else { return nil }
      self = .range(TimeRange(start: start, end: end))
      return
    }
    guard let start = WallClockTime(relaxed: trimmed) else { return nil }
    self = .open(.start(start))
  }
}
