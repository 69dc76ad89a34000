import VisitCore
import VisitLanguage
import VisitXLSX

/// `Участие`: who attends what. People down, events across (date, time and a
/// short title), `•` where the person attends — the logistics staff's table.
/// With more than a hundred events a matrix no longer prints or reads, so the
/// sheet lists one row per person and event instead, and says so.
enum AttendanceSheet {
  static let maximumMatrixEvents = 100

  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let events = orderedEvents(visit)
    let people = visit.peopleInProtocolOrder
    let title = visit.info.title?.value ?? ""
    if events.count > maximumMatrixEvents {
      return try list(events, people: people, names: names, labels: labels, title: title)
    }
    var headers = [labels.pick("№", "No."), labels.pick("ФИО", "Name")]
    headers += events.map { event in
      var when = event.date.map { DateFormat.numericDayAndMonth($0) } ?? ""
      if let time = event.time?.value { when += " \(time.start)" }
      let short = shortTitle(event.title?.value ?? event.id.value.rawValue)
      return when.isEmpty ? short : "\(when)\n\(short)"
    }
    var table = try TableSheet(
      name: labels.attendance, headers: headers,
      limits: [4...5, 20...30] + Array(repeating: 9...13, count: events.count))
    for (index, person) in people.enumerated() {
      try table.number(index + 1, column: 0)
      try table.text(names.person(person.id.value), column: 1)
      for (column, event) in events.enumerated() {
        let attends = names.participantIDs(of: event).contains(person.id.value)
        if attends {
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
    _ events: [Event], people: [Person], names: VisitNames, labels: Labels, title: String
  ) throws(XLSXError) -> Worksheet {
    let headers =
      labels.language == .russian
      ? ["№", "ФИО", "Дата", "Начало", "Мероприятие"] : ["No.", "Name", "Date", "Start", "Event"]
    var table = try TableSheet(
      name: labels.attendance, headers: headers, limits: [6...7, 20...28, 11...12, 7...8, 40...60],
      headerRow: 1)
    // Indices, not events: a forum has a hundred thousand attendances.
    var eventsByPerson: [Identifier: [Int]] = [:]
    for (index, event) in events.enumerated() {
      for person in names.participantIDs(of: event) {
        eventsByPerson[person, default: []].append(index)
      }
    }
    var number = 0
    for person in people {
      let name = names.person(person.id.value)
      for index in eventsByPerson[person.id.value] ?? [] {
        number += 1
        try table.number(number, column: 0)
        try table.text(name, column: 1)
        if let date = events[index].date {
          try table.date(date, column: 2)
        } else {
          try table.blank(column: 2)
        }
        if let date = events[index].date, let time = events[index].time?.value {
          try table.time(date, time.start, column: 3)
        } else {
          try table.blank(column: 3, style: Styles.time)
        }
        try table.text(events[index].title?.value ?? events[index].id.value.rawValue, column: 4)
        table.nextRow()
      }
    }
    var sheet = try table.finish(orientation: .portrait, pageTitle: title, labels: labels)
    try sheet.write(labels.attendanceListNote, row: 0, column: 0, style: Styles.note)
    return sheet
  }

  /// Dated events in date and time order, then the undated ones.
  static func orderedEvents(_ visit: Visit) -> [Event] {
    visit.events.enumerated().sorted { a, b in
      let x = a.element
      let y = b.element
      let left = (
        x.date?.daysSinceEpoch ?? Int.max, x.time?.value.start.minutesSinceMidnight ?? 1441
      )
      let right = (
        y.date?.daysSinceEpoch ?? Int.max, y.time?.value.start.minutesSinceMidnight ?? 1441
      )
      return left != right ? left < right : a.offset < b.offset
    }.map(\.element)
  }

  /// A title cut to fit a narrow column header.
  static func shortTitle(_ title: String) -> String {
    title.count > 40 ? String(title.prefix(39)) + "…" : title
  }
}

extension VisitNames {
  /// The ids of the people taking part in an event, group words expanded,
  /// each once, in the order written.
  func participantIDs(of event: Event) -> [Identifier] {
    var result: [Identifier] = []
    for participant in event.participants {
      for person in visit.people(for: participant.value, in: peopleIndex)
      where !result.contains(person) {
        result.append(person)
      }
    }
    return result
  }
}
