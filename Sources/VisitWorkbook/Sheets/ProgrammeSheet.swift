import VisitCore
import VisitLanguage
import VisitXLSX

/// `Программа`: the whole programme on one sheet. A title row merged across
/// the columns, the header, then each day under a merged day row, its events
/// in time order (unscheduled last), one row each. Undated events follow
/// under "Дата не определена".
enum ProgrammeSheet {
  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    // The responsible official, transport and press get a column of their
    // own only where some event says something about them.
    let columns = Columns(
      responsible: visit.events.contains { $0.responsible != nil },
      transport: visit.events.contains { $0.by != nil || $0.from != nil || $0.to != nil },
      press: visit.events.contains { $0.press != nil || $0.pressNotes != nil })
    var headers =
      WorkbookMessages.programmeHeadings.map(labels.text)
    var limits: [ClosedRange<Double>] = [4...5, 7...8, 10...11, 26...40, 20...32, 20...32]
    if columns.responsible {
      headers.append(labels.text(WorkbookMessages.responsible))
      limits.append(14...22)
    }
    if columns.transport {
      headers.append(labels.text(WorkbookMessages.transport))
      limits.append(12...22)
    }
    if columns.press {
      headers.append(labels.text(WorkbookMessages.press))
      limits.append(12...22)
    }
    headers.append(labels.text(WorkbookMessages.notes))
    limits.append(16...28)
    var table = try TableSheet(
      name: labels.programme, headers: headers, limits: limits, headerRow: 1)
    let title = names.visitTitle
    var number = 0
    let days = visit.days.enumerated().sorted { a, b in
      switch (a.element.date?.value, b.element.date?.value) {
      case (let x?, let y?): (x, a.offset) < (y, b.offset)
      case (nil, nil): a.offset < b.offset
      case (nil, _): false
      case (_, nil): true
      }
    }.map(\.element)
    for day in days {
      var heading = day.date.map { DateFormat.dayHeadingWithYear($0.value, labels.language) } ?? ""
      if let dayTitle = day.twins.text("title", original: day.title?.value, in: labels.language) {
        heading += heading.isEmpty ? dayTitle : " — \(dayTitle)"
      }
      try table.mergedRow(heading, style: Styles.day, height: 20)
      // File order is programme order: an untimed item stays where it is written.
      for event in day.events {
        number += 1
        try write(
          event, number: number, columns: columns, into: &table, names: names, labels: labels)
      }
    }
    if !visit.unscheduled.isEmpty {
      try table.mergedRow(labels.dateToBeConfirmed, style: Styles.day, height: 20)
      for event in visit.unscheduled {
        number += 1
        try write(
          event, number: number, columns: columns, into: &table, names: names, labels: labels)
      }
    }
    var sheet = try table.finish(orientation: .landscape, pageTitle: title, labels: labels)
    try sheet.merge(
      try CellRange(row: 0, columns: 0...(headers.count - 1)), text: Worksheet.fitted(title),
      style: Styles.title)
    try sheet.setRowHeight(
      0, Layout.mergedHeight(title, width: table.totalWidth / 1.3, lineHeight: 19))
    return sheet
  }

  /// The optional columns, after "Участники" and before "Примечание": a
  /// column no event fills is left out rather than printed empty.
  struct Columns {
    let responsible: Bool
    let transport: Bool
    let press: Bool
  }

  private static func write(
    _ event: Event, number: Int, columns: Columns, into table: inout TableSheet,
    names: VisitNames, labels: Labels
  ) throws(XLSXError) {
    try table.number(number, column: 0)
    if let date = event.date, let time = event.time?.value {
      try table.time(date, time.start, column: 1)
      try table.time(date, time.end, column: 2)
    } else if let date = event.date, let start = event.openTime?.value.start {
      // The end is not stated: the cell stays empty rather than invented.
      try table.time(date, start, column: 1)
      try table.blank(column: 2, style: Styles.time)
    } else {
      try table.blank(column: 1, style: Styles.time)
      try table.blank(column: 2, style: Styles.time)
    }
    try table.text(names.title(of: event), column: 3)
    var venue: [String] = []
    if let site = event.site?.value {
      venue.append(names.site(site))
      if let address = names.sites[site]?.address?.value { venue.append(address) }
    }
    try table.text(venue.joined(separator: "\n"), column: 4)
    try table.text(names.participants(of: event), column: 5)
    var column = 6
    if columns.responsible {
      try table.text(event.responsible.map { names.person($0.value) } ?? "", column: column)
      column += 1
    }
    if columns.transport {
      var transport: [String] = []
      if event.from != nil || event.to != nil {
        let from = (event.from ?? event.site).map { names.location($0.value) } ?? ""
        let to =
          (event.to ?? (event.from != nil ? event.site : nil)).map {
            names.location($0.value)
          } ?? ""
        transport.append("\(from) → \(to)")
      }
      if let by = event.twins.text("by", original: event.by?.value, in: labels.language) {
        transport.append(by)
      }
      try table.text(transport.joined(separator: "\n"), column: column)
      column += 1
    }
    if columns.press {
      var press: [String] = []
      if let access = event.press?.value { press.append(labels.press(access)) }
      if let text = event.twins.text(
        "press-notes", original: event.pressNotes?.value, in: labels.language)
      {
        press.append(text)
      }
      try table.text(press.joined(separator: "\n"), column: column)
      column += 1
    }
    var notes: [String] = []
    if event.openTime?.value == .allDay {
      notes.append(labels.text(DocumentWords.duringTheDay))
    } else if !event.isScheduled {
      notes.append(labels.timeToBeConfirmed)
    }
    if !event.topics.isEmpty {
      notes.append(
        labels.text(WorkbookMessages.topics) + event.topics.map(\.value).joined(separator: "; "))
    }
    if let text = event.twins.text("notes", original: event.notes?.value, in: labels.language) {
      notes.append(text)
    }
    if let text = event.twins.text(
      "internal-notes", original: event.internalNotes?.value, in: labels.language)
    {
      notes.append(labels.internalNote + text)
    }
    try table.text(notes.joined(separator: "\n"), column: column)
    table.nextRow()
  }
}
