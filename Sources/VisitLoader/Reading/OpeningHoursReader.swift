import VisitCore
import VisitDiagnostics

/// Reads a site's `hours`: `"09:00-17:00"`, `"09:00-13:00, 14:00-18:00"`,
/// `closed`, or per weekday `{mon-fri: "09:00-18:00", sat: "10:00-14:00", sun: closed}`.
/// Weekdays may be written in English or Russian (`пн-пт`), as ranges
/// (wrapping past Sunday: `fri-mon`) or comma lists (`sat, sun`).
struct OpeningHoursReader {
  let values: ValueReader

  func read(_ node: YAMLNode?, key: String) -> Located<OpeningHours>? {
    guard let node else { return nil }
    switch node {
    case .scalar:
      guard let scalar = values.scalar(node, key: key) else { return nil }
      guard let ranges = Self.ranges(scalar.text) else {
        values.sink.report(LoaderMessages.invalidHours(scalar.text, at: scalar.location))
        return nil
      }
      return Located(.everyDay(ranges), at: scalar.location)
    case .sequence:
      values.sink.report(LoaderMessages.expected(.mapping, for: key, at: node.location))
      return nil
    case .mapping(let mapping):
      var table: [Weekday: [TimeRange]] = [:]
      for entry in mapping.entries {
        guard case .scalar(let daysKey) = entry.key else {
          values.sink.report(LoaderMessages.keyNotText(at: entry.key.location))
          continue
        }
        guard let weekdays = Self.weekdays(daysKey.text) else {
          values.sink.report(LoaderMessages.invalidWeekdays(daysKey.text, at: daysKey.location))
          continue
        }
        guard let scalar = values.scalar(entry.value, key: daysKey.text) else { continue }
        guard let ranges = Self.ranges(scalar.text) else {
          values.sink.report(LoaderMessages.invalidHours(scalar.text, at: scalar.location))
          continue
        }
        for weekday in weekdays {
          if table[weekday] != nil {
            values.sink.report(LoaderMessages.weekdayRepeated(weekday, at: daysKey.location))
          } else {
            table[weekday] = ranges
          }
        }
      }
      return Located(.weekly(table), at: mapping.location)
    }
  }

  /// `closed` → []; otherwise comma-separated ranges, each ending after it starts.
  static func ranges(_ text: String) -> [TimeRange]? {
    let trimmed = text.trimmed.lowercased()
    if trimmed == "closed" || trimmed == "выходной" || trimmed == "закрыто" { return [] }
    var result: [TimeRange] = []
    for part in trimmed.split(separator: ",") {
      guard let range = TimeRange(parsing: String(part)), range.start < range.end else {
        return nil
      }
      result.append(range)
    }
    return result.isEmpty ? nil : result
  }

  /// `mon`, `mon-fri`, `sat, sun`, `пн-пт`.
  static func weekdays(_ text: String) -> [Weekday]? {
    var result: [Weekday] = []
    for part in text.split(separator: ",") {
      let bounds = part.split(separator: "-").map { String($0).trimmed }
      switch bounds.count {
      case 1:
        guard let day = Weekday(abbreviation: bounds[0]) else { return nil }
        result.append(day)
      case 2:
        guard let first = Weekday(abbreviation: bounds[0]),
          let last = Weekday(abbreviation: bounds[1])
        else { return nil }
        var index = first.index
        while true {
          result.append(Weekday.allCases[index])
          if index == last.index { break }
          index = (index + 1) % 7
        }
      default:
        return nil
      }
    }
    return result.isEmpty ? nil : result
  }
}
