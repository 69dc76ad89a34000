/// A time as programmes write it when they give no range: "10:20 Прибытие"
/// (a start, the end not stated) or "в течение дня" (during the day).
///
/// Kept apart from `TimeRange` so that nothing invents an end: the workbook
/// leaves the end cell empty, documents print "10:20", and the checks treat
/// the length as unknown (programmes.md, "Times as programmes write them").
public enum OpenTime: Hashable, Sendable {
  /// Starts at this time; the end is not stated.
  case start(WallClockTime)
  /// During the day, at no stated time.
  case allDay

  /// The words that mean "during the day" in `time:`.
  public static let allDayWords = ["all-day", "в течение дня"]

  public var start: WallClockTime? {
    if case .start(let time) = self { return time }
    return nil
  }
}

extension WallClockTime {
  /// Reads a time as programmes write it: `10:20`, `10.20`, `9:00 h`,
  /// `10.00 ч.`, `11 am`, `2.30 pm`. Nil when the text is not one of these
  /// or is ambiguous (`13 pm`, `0 am`).
  ///
  /// `12 am` is midnight and `12 pm` noon, as in English usage.
  public init?(relaxed text: some StringProtocol, allowsEndOfDay: Bool = false) {
    var body = String(text.trimmingSpaces).lowercased()
    for suffix in [" ч.", " ч", "ч.", "ч", " h", "h"] where body.hasSuffix(suffix) {
      body.removeLast(suffix.count)
      break
    }
    var meridiem: String?
    for (suffix, value) in [
      ("a.m.", "am"), ("p.m.", "pm"), ("am", "am"), ("pm", "pm"),
    ] where body.hasSuffix(suffix) {
      body.removeLast(suffix.count)
      meridiem = value
      break
    }
    body = String(body.trimmingSpaces)
    guard let meridiem else {
      self.init(parsing: body, allowsEndOfDay: allowsEndOfDay)
      return
    }
    // "11 am" has no minutes; "11:30 am" and "11.30 am" have them.
    let parts = body.split(
      separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let dotted = parts.count == 1 ? body.split(separator: ".", maxSplits: 1) : parts
    guard let hourText = dotted.first, (1...2).contains(hourText.count),
      hourText.allSatisfy(\.isASCII), let hour = Int(hourText), (1...12).contains(hour)
    else { return nil }
    var minute = 0
    if dotted.count == 2 {
      let minuteText = dotted[1]
      guard minuteText.count == 2, minuteText.allSatisfy(\.isASCII), let value = Int(minuteText)
      else { return nil }
      minute = value
    }
    let hour24 = meridiem == "am" ? hour % 12 : hour % 12 + 12
    self.init(hour: hour24, minute: minute)
  }
}
