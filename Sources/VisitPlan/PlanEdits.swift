public import VisitCore
public import VisitDiagnostics

/// The planned file as the input with the fewest edits (planner.md, "Text
/// edits"): `start:` beside `duration:`, `time:` after `title:`, a moved
/// event's own lines carried to the end of its day's `events`, a day block
/// made in date order. Every other byte stays. The edits are worked out on
/// the input's lines from the loader's positions and applied once; the
/// caller re-loads and re-checks the result before writing it.
public enum PlanEdits {
  /// Why the file could not be edited: a layout the edits do not handle.
  public struct Problem: Error, Sendable {
    public let message: LocalizedText
    public let location: SourceLocation?
  }

  public static func apply(
    _ decisions: [PlanOutcome.Decision], to text: String, visit: Visit
  ) -> Result<String, Problem> {
    // The loader counts columns after a byte-order mark; so do the edits.
    let mark = "\u{FEFF}"
    if text.hasPrefix(mark) {
      return apply(decisions, to: String(text.dropFirst()), visit: visit).map { mark + $0 }
    }
    var editor = LineEditor(text)
    let events = visit.events
    let outOfOrder = outOfOrder(decisions, visit: visit)
    var moves: [(decision: PlanOutcome.Decision, range: ClosedRange<Int>, dash: Int)] = []
    for decision in decisions {
      guard events.indices.contains(decision.eventIndex) else { continue }
      let event = events[decision.eventIndex]
      guard let location = event.location,
        let (range, dash) = editor.itemRange(at: location)
      else {
        return .failure(
          Problem(
            message: LocalizedText(
              english: "cannot edit \(Quote.english(event.id.value.rawValue)) in place: write "
                + "the event as a block mapping in a block list (one key per line)",
              russian: "не удаётся изменить событие \(Quote.russian(event.id.value.rawValue)): "
                + "запишите его блочным отображением в блочном списке (по ключу на строку)"),
            location: event.location))
      }
      if let problem = editor.setTime(of: event, to: decision, within: range) {
        return .failure(problem)
      }
      if event.date != decision.date || outOfOrder.contains(decision.eventIndex) {
        moves.append((decision, range, dash))
      }
    }
    if !moves.isEmpty {
      if let problem = editor.move(moves, decisions: decisions, visit: visit) {
        return .failure(problem)
      }
    }
    return .success(editor.output())
  }
}

extension PlanEdits {
  /// Events of a day block the planner timed out of the block's order: a
  /// day's events print in file order (programmes.md), so such an event
  /// moves, with its lines, to its place in time order. An event keeps its
  /// place when it starts no earlier than the timed event before it and no
  /// later than the next event whose time was written.
  static func outOfOrder(_ decisions: [PlanOutcome.Decision], visit: Visit) -> Set<Int> {
    var decided: [Int: WallClockTime] = [:]
    for decision in decisions { decided[decision.eventIndex] = decision.start }
    var result: Set<Int> = []
    var offset = 0
    let events = visit.events  // joined once: `visit.events` builds the list on every call
    for day in visit.days {
      let indices = Array(offset..<(offset + day.events.count))
      offset += day.events.count
      var last: WallClockTime?
      for (position, index) in indices.enumerated() {
        let event = events[index]
        guard let start = decided[index], event.date == day.date?.value else {
          if let written = event.startTime { last = written }
          continue
        }
        let next = indices[(position + 1)...].lazy.compactMap { other -> WallClockTime? in
          decided[other] == nil ? events[other].startTime : nil
        }.first
        if let last, start < last {
          result.insert(index)
        } else if let next, next < start {
          result.insert(index)
        } else {
          last = start
        }
      }
    }
    return result
  }

  /// Whether the edited file, loaded again, says exactly what was decided:
  /// the same events, each decided one on its date and time, every other
  /// one where it was. The command writes nothing when it does not.
  public static func verify(
    _ planned: Visit, against original: Visit, decisions: [PlanOutcome.Decision]
  ) -> Bool {
    let before = original.events
    let after = planned.events
    guard before.count == after.count else { return false }
    var byID: [Identifier: Event] = [:]
    for event in after where byID[event.id.value] == nil { byID[event.id.value] = event }
    var decided: [Identifier: PlanOutcome.Decision] = [:]
    for decision in decisions { decided[decision.id] = decision }
    for event in before {
      if event.hasGeneratedID {
        // `DATE#N` names change when events move: found by what they say.
        if let decision = decided[event.id.value],
          !after.contains(where: {
            $0.title?.value == event.title?.value && $0.date == decision.date
              && $0.startTime == decision.start
          })
        {
          return false
        }
        continue
      }
      guard let now = byID[event.id.value] else { return false }
      if let decision = decided[event.id.value] {
        guard now.date == decision.date, now.startTime == decision.start,
          now.time.map({ $0.value.end == decision.end }) ?? true
        else { return false }
      } else {
        guard now.date == event.date, now.time?.value == event.time?.value,
          now.openTime?.value == event.openTime?.value
        else { return false }
      }
    }
    return true
  }
}

/// The input's lines and the edits to them, by line of the input.
struct LineEditor {
  /// Each line without its terminator.
  private(set) var lines: [String]
  private let newline: String
  /// Replacement text of a line (after in-line edits).
  private var replaced: [Int: String] = [:]
  /// New lines after a line, in order.
  private var appended: [Int: [String]] = [:]
  /// New lines before a line, in order.
  private var prepended: [Int: [String]] = [:]
  /// Lines taken out (moved elsewhere).
  private var removed: Set<Int> = []
  /// Text added at the very end of the file.
  private var trailer: [String] = []

  init(_ text: String) {
    // Lines break where libyaml breaks them, so that its line numbers are
    // ours: "\r\n", "\r", "\n", and NEL, LS, PS (YAML 1.1). Each line keeps
    // its own break; new lines take the file's usual one.
    newline = text.contains("\r\n") ? "\r\n" : "\n"
    var lines: [String] = []
    var terminators: [String] = []
    var current = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "\r":
        if pending == "\n" {
          pending = scalars.next()
          terminators.append("\r\n")
        } else {
          terminators.append("\r")
        }
      case "\n", "\u{85}", "\u{2028}", "\u{2029}":
        terminators.append(String(scalar))
      default:
        current.append(scalar)
        continue
      }
      lines.append(String(current))
      current = String.UnicodeScalarView()
    }
    if !current.isEmpty {
      lines.append(String(current))
      terminators.append("")
    }
    self.lines = lines
    self.terminators = terminators
  }

  /// Each line's own break; empty for a last line without one.
  private let terminators: [String]

  func line(_ index: Int) -> String {
    lines.indices.contains(index) ? replaced[index] ?? lines[index] : ""
  }

  static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
  }

  /// The 0-based column where `needle` first occurs in `text`.
  static func column(of needle: String, in text: String) -> Int? {
    let haystack: [UInt32] = text.unicodeScalars.map(\.value)
    let pattern: [UInt32] = needle.unicodeScalars.map(\.value)
    guard pattern.count <= haystack.count else { return nil }
    var start = 0
    let length = pattern.count
    while start + length <= haystack.count {
      let window: [UInt32] = Array(haystack[start..<(start + length)])
      if window == pattern { return start }
      start += 1
    }
    return nil
  }

  /// Columns count characters from 1, as the loader's positions do.
  static func indentation(_ line: String) -> Int {
    line.unicodeScalars.prefix { $0 == " " }.count
  }

  static func isBlankOrComment(_ line: String) -> Bool {
    let body = line.drop { $0 == " " || $0 == "\t" }
    return body.isEmpty || body.hasPrefix("#")
  }

  /// The lines of the list item whose mapping starts at `location`: from its
  /// dash to its last line indented deeper than the dash (comments inside
  /// it included, blank lines after it not), and the dash's column (0-based).
  func itemRange(at location: SourceLocation) -> (ClosedRange<Int>, Int)? {
    var first = location.line - 1
    guard lines.indices.contains(first) else { return nil }
    var dash: Int?
    while first >= 0 {
      let text = lines[first]
      let indent = Self.indentation(text)
      let body = text.dropFirst(indent)
      if body.hasPrefix("- ") || body == "-" {
        if first == location.line - 1 || indent < location.column - 1 { dash = indent }
        break
      }
      if first != location.line - 1 && !Self.isBlankOrComment(text) { return nil }
      first -= 1
    }
    guard let dash, first >= 0 else { return nil }
    // A flow mapping on its dash line is one item of one line or more.
    var last = first
    var index = first + 1
    while index < lines.count {
      let text = lines[index]
      if text.trimmingSpaces.isEmpty {
        index += 1
        continue
      }
      if Self.indentation(text) <= dash { break }
      last = index
      index += 1
    }
    return (first...last, dash)
  }

  // MARK: Times

  /// Writes the decision's time into the event: `start:` after `duration:`,
  /// `time:` after the title, or the written time replaced (--repair).
  mutating func setTime(
    of event: Event, to decision: PlanOutcome.Decision, within range: ClosedRange<Int>
  ) -> PlanEdits.Problem? {
    let start = decision.start.description
    let span = "\(decision.start)-\(decision.end)"
    if let time = event.time?.location ?? event.openTime?.location {
      let index = time.line - 1
      let text = line(index)
      let column = time.column - 1
      guard let end = Self.scalarEnd(text, from: column) else { return problem(event) }
      let prefix = LineEditor.string(Array(text.unicodeScalars).prefix(column))
      let isTimeKey = prefix.trimmingSpaces.hasSuffix("time:")
      replaced[index] =
        prefix + (isTimeKey ? span : start)
        + LineEditor.string(Array(text.unicodeScalars).dropFirst(end))
      if !isTimeKey && event.plannedDuration == nil {
        // start + end: the end moves too.
        for other in range where other != index {
          let candidate = line(other)
          guard let keyColumn = LineEditor.column(of: "end:", in: candidate) else { continue }
          guard candidate.prefix(keyColumn).allSatisfy({ $0 == " " || $0 == "{" || $0 == "," })
          else { continue }
          var valueColumn = keyColumn + 4
          let characters = Array(candidate.unicodeScalars)
          while valueColumn < characters.count && characters[valueColumn] == " " {
            valueColumn += 1
          }
          guard let valueEnd = Self.scalarEnd(candidate, from: valueColumn) else { continue }
          replaced[other] =
            LineEditor.string(characters.prefix(valueColumn)) + decision.end.description
            + LineEditor.string(characters.dropFirst(valueEnd))
          break
        }
      }
      return nil
    }
    if let duration = event.plannedDuration?.location {
      return addKey("start", start, after: duration, in: event)
    }
    if let title = event.title?.location {
      return addKey("time", span, after: title, in: event)
    }
    // Neither a duration nor a title: `time:` as the item's first key.
    guard let location = event.location else { return problem(event) }
    return addKey("time", span, before: location, in: event)
  }

  /// `key: value` after the key holding the scalar at `value`: a new line
  /// at that key's column after the value's last line, or `, key: value`
  /// inside a flow mapping.
  private mutating func addKey(
    _ key: String, _ value: String, after scalar: SourceLocation, in event: Event
  ) -> PlanEdits.Problem? {
    let index = scalar.line - 1
    let text = line(index)
    let characters = Array(text.unicodeScalars)
    let column = scalar.column - 1
    guard column <= characters.count else { return problem(event) }
    // The key's column: back over `name:` and spaces to the line's start or a
    // flow separator.
    var keyStart = column
    while keyStart > 0 && characters[keyStart - 1] == " " { keyStart -= 1 }
    while keyStart > 0 && characters[keyStart - 1] != " " && characters[keyStart - 1] != "{"
      && characters[keyStart - 1] != ","
    {
      keyStart -= 1
    }
    let inFlow = characters[..<keyStart].contains("{")
    if inFlow {
      guard let end = Self.scalarEnd(text, from: column) else { return problem(event) }
      replaced[index] =
        LineEditor.string(characters[..<end]) + ", \(key): \(value)"
        + LineEditor.string(characters[end...])
      return nil
    }
    // A block scalar (`>-`, `|`) or a plain scalar folded over lines runs
    // on while the lines are indented deeper than its key.
    var last = index
    var next = index + 1
    while next < lines.count {
      let candidate = line(next)
      if candidate.trimmingSpaces.isEmpty {
        next += 1
        continue
      }
      if Self.indentation(candidate) <= keyStart || candidate.hasPrefix("#") { break }
      last = next
      next += 1
    }
    let prefix = LineEditor.string(characters[..<keyStart])
    let indent = prefix.allSatisfy({ $0 == " " }) ? prefix : String(repeating: " ", count: keyStart)
    appended[last, default: []].append(indent + "\(key): \(value)")
    return nil
  }

  /// `key: value` as the first key of the item whose mapping starts at `location`.
  private mutating func addKey(
    _ key: String, _ value: String, before location: SourceLocation, in event: Event
  ) -> PlanEdits.Problem? {
    let index = location.line - 1
    let text = line(index)
    let column = location.column - 1
    let characters = Array(text.unicodeScalars)
    guard column <= characters.count else { return problem(event) }
    if characters[..<column].contains("{") {
      replaced[index] =
        LineEditor.string(characters[..<column]) + "\(key): \(value), "
        + LineEditor.string(characters[column...])
      return nil
    }
    replaced[index] =
      LineEditor.string(characters[..<column]) + "\(key): \(value)" + newlineMarker
      + String(repeating: " ", count: column) + LineEditor.string(characters[column...])
    return nil
  }

  /// Splits a replaced line in two when the output is written.
  private let newlineMarker = "\u{0}"

  private func problem(_ event: Event) -> PlanEdits.Problem {
    PlanEdits.Problem(
      message: LocalizedText(
        english: "cannot find where to write the time of "
          + "\(Quote.english(event.id.value.rawValue)); write its keys one per line",
        russian: "не удаётся найти, куда записать время события "
          + "\(Quote.russian(event.id.value.rawValue)); запишите его ключи по одному на строку"),
      location: event.location)
  }

  /// Where a scalar starting at `column` (0-based) ends: a quoted one at its
  /// closing quote, a plain one before ` #`, `,` or `}` in a flow, or at the
  /// line's end (trailing spaces excluded).
  static func scalarEnd(_ text: String, from column: Int) -> Int? {
    let characters = Array(text.unicodeScalars)
    guard column < characters.count else { return nil }
    let first = characters[column]
    if first == "\"" || first == "'" {
      var index = column + 1
      while index < characters.count {
        if characters[index] == first {
          if first == "'" && index + 1 < characters.count && characters[index + 1] == "'" {
            index += 2
            continue
          }
          return index + 1
        }
        if first == "\"" && characters[index] == "\\" { index += 1 }
        index += 1
      }
      return nil
    }
    let inFlow = characters[..<column].contains("{") || characters[..<column].contains("[")
    var index = column
    while index < characters.count {
      let character = characters[index]
      if character == "#" && index > 0 && characters[index - 1] == " " { break }
      if inFlow && (character == "," || character == "}" || character == "]") { break }
      index += 1
    }
    while index > column && characters[index - 1] == " " { index -= 1 }
    return index
  }

  // MARK: Moves

  /// Takes each moved event's lines out and puts them, re-indented, at the
  /// end of its day's `events`, making the day block where there is none.
  mutating func move(
    _ moves: [(decision: PlanOutcome.Decision, range: ClosedRange<Int>, dash: Int)],
    decisions: [PlanOutcome.Decision], visit: Visit
  ) -> PlanEdits.Problem? {
    let leaving = Set(moves.map(\.decision.eventIndex))
    var starts: [Int: WallClockTime] = [:]
    for decision in decisions { starts[decision.eventIndex] = decision.start }
    for move in moves { removed.formUnion(move.range) }
    let byDate = Dictionary(grouping: moves, by: \.decision.date)
    let days = visit.days
    let events = visit.events
    // Where each day block's events are, by index of `visit.days`.
    var offset = 0
    var dayEvents: [Int: Range<Int>] = [:]
    for (index, day) in days.enumerated() {
      dayEvents[index] = offset..<(offset + day.events.count)
      offset += day.events.count
    }
    for date in byDate.keys.sorted() {
      let group = (byDate[date] ?? []).sorted {
        ($0.decision.start, $0.decision.eventIndex) < ($1.decision.start, $1.decision.eventIndex)
      }
      if let dayIndex = days.firstIndex(where: { $0.date?.value == date }) {
        let staying = (dayEvents[dayIndex] ?? 0..<0).filter { !leaving.contains($0) }
        if let lastEvent = staying.last, let location = events[lastEvent].location,
          let (range, dash) = itemRange(at: location)
        {
          // In time order among the day's timed events, so that documents
          // printed in file order read in time order; last when latest.
          for move in group {
            let lines = reindent(move.range, from: move.dash, to: dash)
            let next = staying.firstIndex { index in
              guard let start = starts[index] ?? events[index].startTime else { return false }
              return move.decision.start < start
            }
            if let next, next > staying.startIndex,
              let previous = events[staying[next - 1]].location,
              let (before, _) = itemRange(at: previous)
            {
              appended[lastKept(before), default: []].append(contentsOf: lines)
            } else if let next, let first = events[staying[next]].location,
              let (after, _) = itemRange(at: first)
            {
              prepended[after.lowerBound, default: []].append(contentsOf: lines)
            } else {
              appended[lastKept(range), default: []].append(contentsOf: lines)
            }
          }
          continue
        }
        guard let location = days[dayIndex].location, let (range, dash) = itemRange(at: location)
        else { return dayProblem(date) }
        // A day with no events left: `events:` in it, or a new one.
        let keyColumn = dash + 2
        let eventsLine = range.first { index in
          let text = line(index)
          return Self.indentation(text) == keyColumn
            && text.dropFirst(keyColumn).hasPrefix("events:")
        }
        let block = group.flatMap { reindent($0.range, from: $0.dash, to: keyColumn + 2) }
        if let eventsLine {
          let text = line(eventsLine)
          let value = String(text.dropFirst(keyColumn + "events:".count).trimmingSpaces)
          if value.hasPrefix("[]") {
            replaced[eventsLine] =
              String(text.prefix(keyColumn)) + "events:"
              + (value.dropFirst(2).isEmpty ? "" : " " + value.dropFirst(2).trimmingSpaces)
          } else if !value.isEmpty && !value.hasPrefix("#") {
            return dayProblem(date)
          }
          let last = range.filter { $0 >= eventsLine && !removed.contains($0) }.last ?? eventsLine
          appended[last, default: []].append(contentsOf: block)
        } else {
          let last = range.filter { !removed.contains($0) }.last ?? range.lowerBound
          appended[last, default: []].append(
            contentsOf: [String(repeating: " ", count: keyColumn) + "events:"] + block)
        }
        continue
      }
      // A new day block, in date order among the others.
      let written = days.enumerated().compactMap { index, day -> (Int, CalendarDate)? in
        day.date.map { (index, $0.value) }
      }
      let dashColumn: Int
      if let firstDay = days.first?.location, let (_, dash) = itemRange(at: firstDay) {
        dashColumn = dash
      } else {
        dashColumn = 2
      }
      let header = [
        String(repeating: " ", count: dashColumn) + "- date: \(date)",
        String(repeating: " ", count: dashColumn + 2) + "events:",
      ]
      let block =
        header + group.flatMap { reindent($0.range, from: $0.dash, to: dashColumn + 4) }
      if let previous = written.last(where: { $0.1 < date }),
        let location = days[previous.0].location, let (range, _) = itemRange(at: location)
      {
        appended[lastKept(range), default: []].append(contentsOf: block)
      } else if let next = written.first(where: { date < $0.1 }),
        let location = days[next.0].location, let (range, _) = itemRange(at: location)
      {
        prepended[range.lowerBound, default: []].insert(contentsOf: block, at: 0)
      } else if days.isEmpty {
        if let daysKey = lines.firstIndex(where: { $0.hasPrefix("days:") }) {
          let value = String(lines[daysKey].dropFirst("days:".count).trimmingSpaces)
          guard value.isEmpty || value == "[]" || value.hasPrefix("#") else {
            return dayProblem(date)
          }
          if value == "[]" { replaced[daysKey] = "days:" }
          appended[daysKey, default: []].append(contentsOf: block)
        } else {
          trailer.append(contentsOf: (trailer.isEmpty ? ["", "days:"] : []) + block)
        }
      } else {
        return dayProblem(date)
      }
    }
    return nil
  }

  /// The last line of a range that stays where it is: lines after it are
  /// written after it even when the range's own last lines moved away.
  private func lastKept(_ range: ClosedRange<Int>) -> Int {
    range.reversed().first { !removed.contains($0) } ?? range.lowerBound
  }

  private func dayProblem(_ date: CalendarDate) -> PlanEdits.Problem {
    PlanEdits.Problem(
      message: LocalizedText(
        english: "cannot add events to the day \(date): write `days` as a block list of "
          + "`- date:` items, each with a block list `events:`",
        russian: "не удаётся добавить события в день \(date): запишите `days` блочным списком "
          + "элементов `- date:`, у каждого — блочный список `events:`"),
      location: nil)
  }

  /// A moved item's lines, with the edits already made to them, shifted so
  /// that its dash stands at `target`.
  private func reindent(_ range: ClosedRange<Int>, from dash: Int, to target: Int) -> [String] {
    var result: [String] = []
    for index in range {
      for text in prepended[index] ?? [] { result.append(text) }
      let parts = line(index).split(
        separator: Character(newlineMarker), omittingEmptySubsequences: false)
      for (number, part) in parts.enumerated() {
        // The line's own break goes with it (new lines have none yet).
        let end = number == parts.count - 1 ? terminators[index] : ""
        result.append(shift(String(part), by: target - dash) + end)
      }
      for text in appended[index] ?? [] { result.append(shift(text, by: target - dash)) }
    }
    return result
  }

  private func shift(_ text: String, by delta: Int) -> String {
    if text.trimmingSpaces.isEmpty { return text }
    if delta >= 0 { return String(repeating: " ", count: delta) + text }
    let removable = min(-delta, Self.indentation(text))
    return String(text.dropFirst(removable))
  }

  // MARK: Output

  func output() -> String {
    var text = ""
    func endsWithBreak(_ line: String) -> Bool {
      guard let last = line.unicodeScalars.last else { return false }
      return ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(last)
    }
    /// A new line, or a moved one that brings its own break.
    func emit(_ line: String) {
      text += line
      if !endsWithBreak(line) { text += newline }
    }
    for index in lines.indices where !removed.contains(index) {
      for line in prepended[index] ?? [] { emit(line) }
      let parts = line(index).split(
        separator: Character(newlineMarker), omittingEmptySubsequences: false)
      for part in parts.dropLast() { emit(String(part)) }
      text += String(parts.last ?? "")
      let after = appended[index] ?? []
      if terminators[index].isEmpty {
        // The last line had no break: it gets one only if lines follow.
        if !after.isEmpty || !trailer.isEmpty { text += newline }
      } else {
        text += terminators[index]
      }
      for line in after { emit(line) }
    }
    if !trailer.isEmpty, !text.isEmpty, !endsWithBreak(text) { text += newline }
    for line in trailer { emit(line) }
    return text
  }
}
