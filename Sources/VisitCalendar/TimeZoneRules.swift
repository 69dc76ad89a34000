import Foundation
public import VisitCore

/// A visit's IANA time zone as a VTIMEZONE (RFC 5545 §3.6.5), generated for
/// the stretch of time the calendar covers: the offset in force at its
/// start, and every change of offset inside it (summer time, or a change of
/// the zone's standard offset such as Moscow's in 2014), found by asking
/// the system's time zone database hour by hour and then to the minute.
struct TimeZoneRules: Sendable {
  struct Observance: Sendable {
    /// The local wall-clock time at which it starts, as the previous
    /// offset counts it (RFC 5545: DTSTART is in the offset before).
    let start: LocalTime
    let offsetFrom: Int
    let offsetTo: Int
    let isDaylight: Bool
    let name: String
  }

  let identifier: String
  let observances: [Observance]

  /// Nil when the system does not know the zone.
  init?(identifier: String, from first: CalendarDate, through last: CalendarDate) {
    guard let zone = TimeZone(identifier: identifier) else { return nil }
    self.identifier = identifier
    // From local midnight of the day before the first to the day after the
    // last: an event ending at 24:00 and an arrival before the first day
    // are covered.
    let midnight = Date(
      timeIntervalSince1970: Double(first.adding(days: -1).daysSinceEpoch) * 86_400)
    let begin = midnight.addingTimeInterval(-Double(zone.secondsFromGMT(for: midnight)))
    let end = Date(timeIntervalSince1970: Double(last.adding(days: 2).daysSinceEpoch) * 86_400)
    let startOffset = zone.secondsFromGMT(for: begin)
    var observances = [
      Observance(
        start: LocalTime(utc: begin, offset: startOffset), offsetFrom: startOffset,
        offsetTo: startOffset, isDaylight: zone.isDaylightSavingTime(for: begin),
        name: Self.name(zone, at: begin))
    ]
    var moment = begin
    var offset = startOffset
    while moment < end {
      let next = moment.addingTimeInterval(3_600)
      let nextOffset = zone.secondsFromGMT(for: next)
      if nextOffset != offset {
        // The first minute of the new offset, between moment and next.
        var low = moment
        var high = next
        while high.timeIntervalSince(low) > 60 {
          let middle = low.addingTimeInterval(
            (high.timeIntervalSince(low) / 120).rounded(.down) * 60)
          if zone.secondsFromGMT(for: middle) == offset { low = middle } else { high = middle }
        }
        observances.append(
          Observance(
            start: LocalTime(utc: high, offset: offset), offsetFrom: offset, offsetTo: nextOffset,
            isDaylight: zone.isDaylightSavingTime(for: high), name: Self.name(zone, at: high)))
        offset = nextOffset
      }
      moment = next
    }
    self.observances = observances
  }

  private static func name(_ zone: TimeZone, at date: Date) -> String {
    zone.abbreviation(for: date) ?? zone.identifier
  }

  /// `BEGIN:VTIMEZONE … END:VTIMEZONE`.
  func write(to lines: inout ContentLines) {
    lines.add("BEGIN", "VTIMEZONE")
    lines.add("TZID", identifier)
    for observance in observances {
      let component = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
      lines.add("BEGIN", component)
      lines.add("DTSTART", observance.start.basic)
      lines.add("TZOFFSETFROM", Self.offsetText(observance.offsetFrom))
      lines.add("TZOFFSETTO", Self.offsetText(observance.offsetTo))
      lines.add(text: "TZNAME", observance.name)
      lines.add("END", component)
    }
    lines.add("END", "VTIMEZONE")
  }

  /// `+0300`, `-0930`, `+053730` for the odd historical offset.
  static func offsetText(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let value = abs(seconds)
    let text = sign + (value / 3_600).zeroPadded(2) + (value % 3_600 / 60).zeroPadded(2)
    return value % 60 == 0 ? text : text + (value % 60).zeroPadded(2)
  }
}

/// A date and a wall-clock time with no zone: `20180619T100000`.
struct LocalTime: Hashable, Sendable {
  let date: CalendarDate
  /// Minutes since the date's midnight; 24:00 is the next day's 00:00.
  let minutes: Int
  var seconds = 0

  init(date: CalendarDate, minutes: Int) {
    self.date = minutes >= 1_440 ? date.adding(days: minutes / 1_440) : date
    self.minutes = minutes % 1_440
  }

  init(utc: Date, offset: Int) {
    let total = Int(utc.timeIntervalSince1970.rounded(.down)) + offset
    let days = Int((Double(total) / 86_400).rounded(.down))
    date = CalendarDate(daysSinceEpoch: days)
    let rest = total - days * 86_400
    minutes = rest / 60
    seconds = rest % 60
  }

  /// `20180619T100000`.
  var basic: String {
    Self.dateText(date) + "T" + (minutes / 60).zeroPadded(2) + (minutes % 60).zeroPadded(2)
      + seconds.zeroPadded(2)
  }

  /// `20180619`.
  static func dateText(_ date: CalendarDate) -> String {
    date.year.zeroPadded(4) + date.month.zeroPadded(2) + date.day.zeroPadded(2)
  }
}
