extension Int {
  /// The number in decimal with leading zeros up to `width` digits: `07`,
  /// `0042`. Dates and times are written this way in every format the
  /// project reads or writes (ISO dates, `HH:MM`, iCalendar's
  /// `20180619T100000`), never through a locale-dependent formatter.
  public func zeroPadded(_ width: Int) -> String {
    let digits = String(self)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
  }
}
