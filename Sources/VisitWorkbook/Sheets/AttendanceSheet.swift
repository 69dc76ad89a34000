import VisitCore
import VisitLanguage
import VisitXLSX

/// `Участие`: who attends what. People down, events across (date, time and a
/// short title), `•` where the person attends — the logistics staff's table.
/// With more than a hundred events, or more cells than a table prints, a
/// matrix no longer prints or reads, so the sheet lists one row per person
/// and event instead, and says so.
///
/// Group words multiply: a delegation of a thousand in two thousand events
/// is two million attendances from a 200 KB file. The list stops at
/// `maximumListRows` (Excel itself stops at 1,048,576) and its last row says
/// how many there were; every person and event is still on the other sheets.
enum AttendanceSheet {
  static let maximumMatrixEvents = 100
  static let maximumMatrixCells = 100_000
  static let maximumListRows = 200_000

  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let order = orderedEventIndices(visit)
    let allEvents = visit.events
    let events = order.map { allEvents[$0] }
    let people = visit.peopleInProtocolOrder
    let title = names.visitTitle
    if events.count > maximumMatrixEvents || events.count * people.count > maximumMatrixCells {
      return try list(
        events, order: order, people: people, names: names, labels: labels, title: title)
    }
    var headers = [labels.text(WorkbookMessages.number), labels.text(WorkbookMessages.name)]
    headers += events.map { event in
      var when = event.date.map { DateFormat.numericDayAndMonth($0) } ?? ""
      if let start = event.startTime { when += " \(start)" }
      let short = shortTitle(names.title(of: event))
      return when.isEmpty ? short : "\(when)\n\(short)"
    }
    var table = try TableSheet(
      name: labels.attendance, headers: headers,
      limits: [4...5, 20...30] + Array(repeating: 9...13, count: events.count))
    let attendance = names.attendance
    let attendees = order.map { Set(attendance.people(ofEvent: $0)) }
    for (index, person) in people.enumerated() {
      try table.number(index + 1, column: 0)
      try table.text(names.person(person.id.value), column: 1)
      let personIndex = attendance.personIndex[person.id.value].map(Int32.init) ?? -1
      for column in events.indices {
        if attendees[column].contains(personIndex) {
          try table.text("•", column: column + 2, style: Styles.mark)
        } else {
          try table.blank(column: column + 2, style: Styles.mark)
        }
      }
      table.nextRow()
    }
    var sheet = try table.finish(orientation: .landscape, pageTitle: title, labels: labels)
    try sheet.freeze(rows: 1, columns: 2)
    return sheet
  }

  private static func list(
    _ events: [Event], order: [Int], people: [Person], names: VisitNames, labels: Labels,
    title: String
  ) throws(XLSXError) -> Worksheet {
    let headers =
      WorkbookMessages.attendanceHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.attendance, headers: headers, limits: [6...7, 20...28, 11...12, 7...8, 40...60],
      headerRow: 1)
    // Indices, not events: a forum has a hundred thousand attendances.
    let attendance = names.attendance
    var eventsByPerson = [[Int]](repeating: [], count: attendance.personIDs.count)
    for (index, event) in order.enumerated() {
      for person in attendance.people(ofEvent: event) {
        eventsByPerson[Int(person)].append(index)
      }
    }
    let indexOfPerson = { (person: Person) in attendance.personIndex[person.id.value] }
    let total = people.reduce(0) { $0 + (indexOfPerson($1).map { eventsByPerson[$0].count } ?? 0) }
    var number = 0
    rows: for person in people {
      let name = names.person(person.id.value)
      for index in indexOfPerson(person).map({ eventsByPerson[$0] }) ?? [] {
        guard number < maximumListRows else { break rows }
        number += 1
        try table.number(number, column: 0)
        try table.text(name, column: 1)
        if let date = events[index].date {
          try table.date(date, column: 2)
        } else {
          try table.blank(column: 2)
        }
        if let date = events[index].date, let start = events[index].startTime {
          try table.time(date, start, column: 3)
        } else {
          try table.blank(column: 3, style: Styles.time)
        }
        try table.text(names.title(of: events[index]), column: 4)
        table.nextRow()
      }
    }
    if total > number {
      try table.text(labels.attendanceListCut(shown: number, total: total), column: 4)
      table.nextRow()
    }
    var sheet = try table.finish(orientation: .portrait, pageTitle: title, labels: labels)
    try sheet.write(labels.attendanceListNote, row: 0, column: 0, style: Styles.note)
    return sheet
  }

  /// Dated events in date order, each day's in file order (the programme's
  /// order: an untimed item stays where it is written), then the undated ones.
  static func orderedEvents(_ visit: Visit) -> [Event] {
    let events = visit.events
    return orderedEventIndices(visit).map { events[$0] }
  }

  /// The same order, as indices into `visit.events`.
  static func orderedEventIndices(_ visit: Visit) -> [Int] {
    let keys = visit.events.map { $0.date?.daysSinceEpoch ?? Int.max }
    return keys.indices.sorted { a, b in
      keys[a] != keys[b] ? keys[a] < keys[b] : a < b
    }
  }

  /// A title cut to fit a narrow column header.
  static func shortTitle(_ title: String) -> String {
    TextCut.cut(title, toCharacters: 40)
  }
}
