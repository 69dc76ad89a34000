import VisitCore
import VisitLanguage
import VisitXLSX

/// `Площадки`: each site — its place (with the district and region it lies
/// in), address, opening hours, capacity, and the events held there.
enum VenuesSheet {
  /// Events listed per venue; a forum hall can host hundreds.
  static let maximumListedEvents = 40

  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let headers =
      WorkbookMessages.venuesHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.venues, headers: headers,
      limits: [4...5, 16...28, 16...28, 14...24, 14...22, 8...12, 18...40])
    var eventsBySite: [Identifier: [Event]] = [:]
    for event in AttendanceSheet.orderedEvents(visit) {
      if let site = event.site?.value { eventsBySite[site, default: []].append(event) }
    }
    var seen: Set<Identifier> = []
    for site in visit.sites where seen.insert(site.id.value).inserted {
      try table.number(seen.count, column: 0)
      try table.text(names.site(site.id.value), column: 1)
      try table.text(site.place.map { names.placeChain($0.value) } ?? "", column: 2)
      try table.text(site.address?.value ?? "", column: 3)
      try table.text(hours(site, labels: labels), column: 4)
      if let capacity = site.capacity?.value {
        try table.number(capacity, column: 5)
      } else {
        try table.blank(column: 5, style: Styles.number)
      }
      let events = eventsBySite[site.id.value] ?? []
      var lines = events.prefix(maximumListedEvents).map { event in
        var when = event.date.map { DateFormat.numericDayAndMonth($0) } ?? ""
        if let time = TimeFormat.event(event, labels.language) { when += " \(time)" }
        let title = names.title(of: event)
        return when.isEmpty ? title : "\(when) \(title)"
      }
      if events.count > maximumListedEvents {
        lines.append(
          labels.text(WorkbookMessages.moreEvents(events.count - maximumListedEvents)))
      }
      try table.text(lines.joined(separator: "\n"), column: 6)
      table.nextRow()
    }
    return try table.finish(
      orientation: .portrait, pageTitle: names.visitTitle, labels: labels)
  }

  /// "пн–пт 09:00–18:00; сб–вс закрыто; закрыто: 22.06.2018".
  static func hours(_ site: Site, labels: Labels) -> String {
    var parts: [String] = []
    switch site.hours?.value {
    case nil: break
    case .everyDay(let ranges):
      parts.append(
        ranges.isEmpty
          ? labels.closed
          : "\(labels.everyDay) " + ranges.map(\.description).joined(separator: ", "))
    case .weekly(let table):
      var start = 0
      let days = Weekday.allCases
      while start < days.count {
        var end = start
        let ranges = table[days[start]] ?? []
        while end + 1 < days.count, (table[days[end + 1]] ?? []) == ranges { end += 1 }
        let span =
          start == end
          ? labels.weekday(days[start])
          : "\(labels.weekday(days[start]))–\(labels.weekday(days[end]))"
        let text =
          ranges.isEmpty ? labels.closed : ranges.map(\.description).joined(separator: ", ")
        parts.append("\(span) \(text)")
        start = end + 1
      }
    }
    if !site.closedDates.isEmpty {
      parts.append(
        "\(labels.closedOn) "
          + site.closedDates.map { DateFormat.numeric($0.value) }.joined(separator: ", "))
    }
    return parts.joined(separator: "; ")
  }
}
