import VisitCore
import VisitDiagnostics
import VisitLanguage

/// The timeline worked out before any markup: which days are columns, the
/// hours every day column spans, one row per person (protocol order) and per
/// site, each event as a block at its time on a lane of its row (events
/// that overlap in a row go on separate lanes, so a double booking shows as
/// two stacked blocks), the journeys between a person's venues, and which
/// findings concern which event and person.
struct PageLayout {
  /// One event of the visit, as the page shows it; `index` names it in the
  /// page (`data-e`), since ids in a file with errors may repeat.
  struct Item {
    let index: Int
    let event: Event
    let title: String
    let time: String?
    let day: Int?
    /// Minutes from the start of the day, for a block on the timeline.
    let start: Int?
    let end: Int?
    let isMoment: Bool
    let isAllDay: Bool
    let people: [Int]
    let venue: String?
    var severity: Severity?
    var findings: [Int] = []
  }

  struct Block {
    let item: Int
    let lane: Int
  }

  /// A move between two venues in a person's day, drawn after the event it
  /// leaves from for as long as the journey takes.
  struct Journey {
    let day: Int
    let start: Int
    let minutes: Int
    let from: String
    let to: String
    /// The next event starts before the journey can end.
    let isShort: Bool
  }

  struct Row {
    enum Kind { case person, body, site }
    let kind: Kind
    /// `p3`, `g1` or `s2`: the row's name in the page.
    let key: String
    let label: String
    let detail: String?
    var blocks: [Block] = []
    var lanes = 1
    var journeys: [Journey] = []
    var severity: Severity?
  }

  struct Finding {
    let index: Int
    let diagnostic: Diagnostic
    let items: [Int]
    let people: [Int]
  }

  let days: [CalendarDate]
  /// The hours each day column spans, in minutes since midnight.
  let axisStart: Int
  let axisEnd: Int
  var items: [Item]
  let people: [Person]
  var personRows: [Row]
  /// Delegations, groups and organizations that take part as a body and
  /// have no people of their own in the file ("делегации ветеранов").
  var bodyRows: [Row]
  var siteRows: [Row]
  let findings: [Finding]
  /// Events with no day or no time: the tray.
  let tray: [Int]

  var span: Int { axisEnd - axisStart }

  init(_ visit: Visit, diagnostics: [Diagnostic], naming: VisitNaming) {
    let language = naming.language
    var dates = Set(visit.days.compactMap(\.date?.value))
    for event in visit.events where event.isScheduled {
      if let date = event.date { dates.insert(date) }
    }
    days = dates.sorted()
    let dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })

    // People in protocol order; their index is their position here.
    var seenPeople: Set<Identifier> = []
    people = visit.peopleInProtocolOrder.filter { seenPeople.insert($0.id.value).inserted }
    var personIndex: [Identifier: Int] = [:]
    for (index, person) in people.enumerated() { personIndex[person.id.value] = index }

    // Items.
    var items: [Item] = []
    var tray: [Int] = []
    // The hours the day columns span: the programme's own, whole hours,
    // at least six of them.
    var earliest = 24 * 60
    var latest = 0
    for (index, event) in visit.events.enumerated() {
      let day = event.date.flatMap { dayIndex[$0] }
      var start: Int?
      var end: Int?
      var isMoment = false
      var isAllDay = false
      if let range = event.time?.value {
        let begin = range.start.minutesSinceMidnight
        let finish = range.end.minutesSinceMidnight
        start = begin
        end = finish > begin ? finish : 24 * 60
      } else if let open = event.openTime?.value {
        if let moment = open.start {
          start = moment.minutesSinceMidnight
          end = moment.minutesSinceMidnight + 15
          isMoment = true
        } else {
          isAllDay = true
        }
      }
      if day != nil, let start, let end {
        earliest = min(earliest, start)
        latest = max(latest, end)
      }
      let item = Item(
        index: index, event: event, title: naming.title(of: event),
        time: TimeFormat.event(event, language), day: day, start: start, end: end,
        isMoment: isMoment, isAllDay: isAllDay,
        people: naming.people(of: event).compactMap { personIndex[$0] },
        venue: naming.venue(of: event))
      if day == nil || (start == nil && !isAllDay) { tray.append(index) }
      items.append(item)
    }
    if earliest >= latest {
      earliest = 9 * 60
      latest = 18 * 60
    }
    var axisStart = earliest / 60 * 60
    var axisEnd = min(24 * 60, (latest + 59) / 60 * 60)
    while axisEnd - axisStart < 6 * 60 {
      if axisEnd < 24 * 60 { axisEnd += 60 }
      if axisEnd - axisStart < 6 * 60, axisStart > 0 { axisStart -= 60 }
    }
    self.axisStart = axisStart
    self.axisEnd = axisEnd

    // Findings, attached to the events and people they name.
    var itemsByID: [Identifier: [Int]] = [:]
    for item in items { itemsByID[item.event.id.value, default: []].append(item.index) }
    var findings: [Finding] = []
    var personSeverity: [Int: Severity] = [:]
    for (index, diagnostic) in diagnostics.enumerated() {
      var named: [Int] = []
      var seen: Set<Int> = []
      for id in diagnostic.events {
        for item in itemsByID[id] ?? [] where seen.insert(item).inserted { named.append(item) }
      }
      let namedPeople = diagnostic.people.compactMap { personIndex[$0] }
      for item in named {
        items[item].findings.append(index)
        items[item].severity = min(items[item].severity ?? .note, diagnostic.severity)
      }
      for person in namedPeople {
        personSeverity[person] = min(personSeverity[person] ?? .note, diagnostic.severity)
      }
      findings.append(
        Finding(index: index, diagnostic: diagnostic, items: named, people: namedPeople))
    }
    self.findings = findings
    self.tray = tray

    // Rows: a block per person taking part and one on the venue's row.
    var personRows = people.enumerated().map { index, person in
      Row(
        kind: .person, key: "p\(index)", label: naming.person(person.id.value),
        detail: person.position?.value, severity: personSeverity[index])
    }
    var siteIndex: [Identifier: Int] = [:]
    var siteRows: [Row] = []
    for site in visit.sites where siteIndex[site.id.value] == nil {
      siteIndex[site.id.value] = siteRows.count
      siteRows.append(
        Row(
          kind: .site, key: "s\(siteRows.count)", label: naming.site(site.id.value),
          detail: site.address?.value))
    }
    // Events with no venue get a row of their own, so none is missing
    // from the picture.
    let unsitedRow = siteRows.count
    siteRows.append(
      Row(
        kind: .site, key: "s\(unsitedRow)", label: PageWording.noVenue.text(in: naming.language),
        detail: nil))
    var bodyIndex: [Identifier: Int] = [:]
    var bodyRows: [Row] = []
    var bodyItems: [[Int]] = []
    var personItems = [[Int]](repeating: [], count: people.count)
    var siteItems = [[Int]](repeating: [], count: siteRows.count)
    for item in items where item.day != nil && (item.start != nil || item.isAllDay) {
      for person in item.people { personItems[person].append(item.index) }
      if let site = item.event.site?.value, let row = siteIndex[site] {
        siteItems[row].append(item.index)
      } else if item.event.site == nil {
        siteItems[unsitedRow].append(item.index)
      }
      for id in naming.bodies(of: item.event) {
        if bodyIndex[id] == nil {
          bodyIndex[id] = bodyRows.count
          bodyRows.append(
            Row(kind: .body, key: "g\(bodyRows.count)", label: naming.party(id), detail: nil))
          bodyItems.append([])
        }
        if let row = bodyIndex[id] { bodyItems[row].append(item.index) }
      }
    }
    for row in bodyRows.indices {
      Self.place(bodyItems[row], on: &bodyRows[row], items: items)
    }
    self.bodyRows = bodyRows
    let travel = TravelTimes(visit: visit)
    for row in personRows.indices {
      Self.place(personItems[row], on: &personRows[row], items: items)
      personRows[row].journeys = Self.journeys(
        personItems[row], items: items, travel: travel, naming: naming)
    }
    for row in siteRows.indices {
      Self.place(siteItems[row], on: &siteRows[row], items: items)
    }
    // Sites no event uses are left out: they would be empty rows.
    siteRows.removeAll { $0.blocks.isEmpty }
    self.items = items
    self.personRows = personRows
    self.siteRows = siteRows
  }

  /// Lanes by first fit in time order: an event goes on the first lane
  /// whose last block has ended. All-day items take the whole day.
  private static func place(_ indices: [Int], on row: inout Row, items: [Item]) {
    func span(_ item: Item) -> (Int, Int) {
      let day = item.day ?? 0
      let start = item.isAllDay ? 0 : item.start ?? 0
      let end = item.isAllDay ? 24 * 60 : item.end ?? start
      return (day * 1_440 + start, day * 1_440 + max(end, start + 1))
    }
    let ordered = indices.sorted { span(items[$0]) < span(items[$1]) }
    var laneEnds: [Int] = []
    for index in ordered {
      let (start, end) = span(items[index])
      if let lane = laneEnds.firstIndex(where: { $0 <= start }) {
        laneEnds[lane] = end
        row.blocks.append(Block(item: index, lane: lane))
      } else {
        laneEnds.append(end)
        row.blocks.append(Block(item: index, lane: laneEnds.count - 1))
      }
    }
    row.lanes = max(1, laneEnds.count)
  }

  /// A journey wherever a person's next timed event starts somewhere else
  /// the same day, for as long as `travel` says the move takes.
  private static func journeys(
    _ indices: [Int], items: [Item], travel: TravelTimes, naming: VisitNaming
  ) -> [Journey] {
    let timed = indices.map { items[$0] }.filter { $0.start != nil && !$0.isAllDay }
      .sorted { ($0.day ?? 0, $0.start ?? 0) < ($1.day ?? 0, $1.start ?? 0) }
    var journeys: [Journey] = []
    for (previous, next) in zip(timed, timed.dropFirst()) where previous.day == next.day {
      guard let from = previous.event.endPlace, let to = next.event.startPlace, from != to,
        let minutes = travel.time(from: from, to: to)?.duration.count, minutes > 0,
        let leave = previous.end, let arrive = next.start, arrive >= leave
      else { continue }
      journeys.append(
        Journey(
          day: previous.day ?? 0, start: leave, minutes: minutes, from: naming.location(from),
          to: naming.location(to),
          // A start with no end gives no time to judge a journey by.
          isShort: !previous.isMoment && leave + minutes > arrive))
    }
    return journeys
  }
}
