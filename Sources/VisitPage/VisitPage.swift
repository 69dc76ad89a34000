public import VisitCore
public import VisitDiagnostics
import Plot
import VisitLanguage

/// The visit as one self-contained HTML page: a timeline (a column per
/// day, a row per person in protocol order and per venue, events as blocks
/// at their times, journeys as the gaps they fill), the checker's findings
/// on it and in a list beside it, and the programme as an agenda.
///
/// Made from the same model the reports read, with no second source; the
/// page carries its style and script inline and loads nothing.
public enum VisitPage {
  /// A document the live preview offers for download.
  public struct Download: Hashable, Sendable {
    public var label: String
    /// A path of the preview server's own (`/download/visit.xlsx`).
    public var path: String

    public init(label: String, path: String) {
      self.label = label
      self.path = path
    }
  }

  public struct Options: Sendable {
    /// The visit file as the user named it, for positions ("visit.yaml:12:5").
    public var fileName: String
    public var language: VisitCore.Language
    /// The file could not be read in full (the findings say why).
    public var isReadable = true
    /// Set by `visitplan serve`: reload on change, offer the documents.
    public var isLive = false
    /// The version of the file the live page shows; the server says when
    /// the file is newer.
    public var liveVersion = 0
    public var downloads: [Download] = []

    public init(fileName: String, language: VisitCore.Language) {
      self.fileName = fileName
      self.language = language
    }
  }

  public static func render(_ visit: Visit, diagnostics: [Diagnostic], options: Options) -> String {
    let naming = VisitNaming(visit, language: options.language)
    let layout = PageLayout(visit, diagnostics: diagnostics, naming: naming)
    let writer = PageWriter(
      visit: visit, naming: naming, layout: layout, options: options,
      summary: DiagnosticSummary(diagnostics))
    return writer.document()
  }
}

/// Writes the markup of one page.
private struct PageWriter {
  typealias Body = Node<HTML.BodyContext>

  let visit: Visit
  let naming: VisitNaming
  let layout: PageLayout
  let options: Options
  let summary: DiagnosticSummary

  typealias Options = VisitPage.Options
  var language: VisitCore.Language { options.language }

  func say(_ text: LocalizedText) -> String { text.text(in: language) }

  func document() -> String {
    let title = naming.visitTitle.isEmpty ? options.fileName : naming.visitTitle
    let headNodes: [Node<HTML.HeadContext>] = [
      .raw("<meta charset=\"utf-8\">"),
      .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
      .raw("<meta name=\"generator\" content=\"visitplan\">"),
      .element(named: "title", nodes: [.escaped(title)]),
      .raw("<style>" + PageAssets.style + "</style>"),
      .raw("<style id=\"vp-highlight\"></style><style id=\"vp-filter\"></style>"),
    ]
    let html = HTML(
      .attribute(named: "lang", value: language.rawValue),
      .attribute(named: "data-version", value: options.isLive ? String(options.liveVersion) : nil),
      .head(.group(headNodes)),
      .body(
        header(title: title),
        .tag(
          "main",
          .tag(
            "div", .class("layout"),
            timeline(),
            findings()
          ),
          agenda()
        ),
        .raw("<script>" + PageAssets.script + "</script>"),
        .raw(options.isLive ? "<script>" + PageAssets.liveReload + "</script>" : "")
      )
    )
    // The timeline's rows and the agenda's days are rendered one by one
    // and put in place once: rendered inside the page's tree, Plot copies
    // each level's text into the next, and a forum's hundred megabytes were
    // copied seven times. The markers are comments only this code writes;
    // user text is escaped, so it cannot contain one.
    let shell = html.render()
    guard let rowsAt = shell.firstRange(of: Self.rowsMarker),
      let agendaAt = shell.firstRange(of: Self.agendaMarker),
      rowsAt.upperBound <= agendaAt.lowerBound
    else { return shell + "\n" }
    let rows = timelineRows().map { $0.render() }  // raw rows render as they are
    let days = agendaDays().map { $0.render() }
    var page = String(shell[..<rowsAt.lowerBound])
    page.reserveCapacity(
      shell.utf8.count + rows.reduce(0) { $0 + $1.utf8.count }
        + days.reduce(0) { $0 + $1.utf8.count })
    for row in rows { page += row }
    page += shell[rowsAt.upperBound..<agendaAt.lowerBound]
    for day in days { page += day }
    page += shell[agendaAt.upperBound...]
    return page + "\n"
  }

  static let rowsMarker = "<!--visitplan:timeline-rows-->"
  static let agendaMarker = "<!--visitplan:agenda-days-->"

  // MARK: Header

  private func header(title: String) -> Body {
    var meta: [Body] = []
    if let first = visit.info.start?.value ?? layout.days.first,
      let last = visit.info.end?.value ?? layout.days.last
    {
      let zone = visit.info.timezone?.value ?? ""
      meta.append(
        .tag(
          "p", .class("meta"),
          .escaped(
            DateFormat.range(first, last, language)
              + (zone.isEmpty ? "" : " \u{00B7} " + say(PageWording.timeZone) + ": " + zone))))
    }
    let counts: Body = .tag(
      "p", .class("meta counts"), .attr("role", "status"),
      .tag("span", .class(summary.errors > 0 ? "error" : ""), .escaped(summary.line(in: language))))
    var options: [Body] = [
      .tag("option", .attribute(named: "value", value: ""), .escaped(say(PageWording.everyone)))
    ]
    for row in layout.personRows where !row.blocks.isEmpty {
      options.append(
        .tag("option", .attribute(named: "value", value: row.key), .escaped(row.label)))
    }
    var parts: [Body] = [
      .tag("h1", .attr("dir", "auto"), .escaped(title)),
      .group(meta), counts,
    ]
    if !self.options.isReadable {
      parts.append(.tag("p", .class("meta error"), .escaped(say(PageWording.unreadable))))
    }
    if self.options.isLive {
      parts.append(.tag("p", .class("live"), .escaped(say(PageWording.live))))
      var links: [Body] = [.tag("span", .escaped(say(PageWording.downloads) + ":"))]
      for download in self.options.downloads {
        links.append(
          .tag("a", .attr("href", download.path), .attr("download", ""), .escaped(download.label)))
      }
      parts.append(
        .tag(
          "nav", .class("downloads"), .attr("aria-label", say(PageWording.downloads)), .group(links)
        ))
    }
    parts.append(
      .tag(
        "nav", .class("views"), .attr("aria-label", say(PageWording.views)),
        .tag("a", .attr("href", "#timeline"), .escaped(say(PageWording.timeline))),
        .tag("a", .attr("href", "#findings"), .escaped(say(PageWording.findings))),
        .tag("a", .attr("href", "#agenda"), .escaped(say(PageWording.agenda)))))
    parts.append(
      .tag(
        "div", .class("controls"),
        .tag("label", .attr("for", "who"), .escaped(say(PageWording.whose))),
        .tag("select", .attr("id", "who"), .group(options)),
        .tag(
          "strong", .attr("id", "who-caption"), .attr("aria-live", "polite"),
          .attr("data-template", say(PageWording.programme(of: "{}"))))))
    return .tag("header", .class("top"), .group(parts))
  }

  // MARK: Timeline

  private func timelineRows() -> [Body] {
    var rows: [Body] = [dayHeader()]
    if !layout.personRows.isEmpty {
      rows.append(groupRow(say(PageWording.people)))
      for row in layout.personRows { rows.append(timelineRow(row)) }
    }
    if !layout.bodyRows.isEmpty {
      rows.append(groupRow(say(PageWording.bodies)))
      for row in layout.bodyRows { rows.append(timelineRow(row)) }
    }
    if !layout.siteRows.isEmpty {
      rows.append(groupRow(say(PageWording.sites)))
      for row in layout.siteRows { rows.append(timelineRow(row)) }
    }
    return rows
  }

  private func timeline() -> Body {
    let days = max(1, layout.days.count)
    let hours = max(1, layout.span / 60)
    var content: [Body] = [
      .tag("h2", .attr("id", "timeline-title"), .escaped(say(PageWording.timeline)))
    ]
    if layout.days.isEmpty {
      content.append(.tag("p", .escaped(say(PageWording.noProgramme))))
    } else {
      content.append(
        .tag(
          "div", .class("scroller"),
          .tag(
            "div", .class("tl"), .attr("role", "table"),
            .attr("aria-labelledby", "timeline-title"),
            .attr("style", "--days:\(days);--hours:\(hours)"),
            .raw(Self.rowsMarker))))
    }
    content.append(tray())
    return .tag(
      "section", .attr("id", "timeline"), .attr("aria-labelledby", "timeline-title"),
      .group(content))
  }

  private func dayHeader() -> Body {
    var labels: [Body] = []
    let width = PageNumbers.percent(1, layout.days.count)
    for (index, date) in layout.days.enumerated() {
      var hourMarks: [Body] = []
      var hour = layout.axisStart
      while hour <= layout.axisEnd {
        if (hour - layout.axisStart) % 120 == 0 && hour < layout.axisEnd {
          hourMarks.append(
            .tag(
              "span", .class("hour"),
              .attr("style", "left:" + PageNumbers.percent(hour - layout.axisStart, layout.span)),
              .attr("aria-hidden", "true"),
              .raw((hour / 60).zeroPadded(2))))
        }
        hour += 60
      }
      let heading =
        DateFormat.dayAndMonth(date, language) + ", "
        + DateFormat.weekday(date.weekday, language)
      labels.append(
        .tag(
          "div", .class("dayhead"),
          .attr(
            "style", "left:" + PageNumbers.percent(index, layout.days.count) + ";width:" + width),
          .tag("span", .escaped(heading)),
          .group(hourMarks)))
    }
    return .tag(
      "div", .class("row head"), .attr("role", "row"),
      .tag(
        "div", .class("rh"), .attr("role", "columnheader"), .escaped(say(PageWording.rowHeading))),
      .tag("div", .class("lane"), .attr("role", "columnheader"), .group(labels)))
  }

  private func groupRow(_ title: String) -> Body {
    .tag(
      "div", .class("row group"), .attr("role", "row"),
      .tag("div", .class("rh"), .attr("role", "rowheader"), .escaped(title)))
  }

  /// A person's or a venue's row, written as one piece of markup with
  /// every value escaped (see `block`): a forum has thousands of rows.
  private func timelineRow(_ row: PageLayout.Row) -> Body {
    var markup = "<div class=\"row\" role=\"row\" data-row=\"" + row.key + "\"><div class=\"rh"
    if let severity = row.severity { markup += " " + severity.rawValue }
    let hover = [row.label, row.detail ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
    markup +=
      "\" role=\"rowheader\" title=\"" + HTMLText.escaped(hover) + "\"><bdi>"
      + HTMLText.escaped(row.label) + "</bdi>"
    if let detail = row.detail, !detail.isEmpty {
      markup += "<small dir=\"auto\">" + HTMLText.escaped(detail) + "</small>"
    }
    markup +=
      "</div><div class=\"lane\" role=\"cell\" style=\"min-height:calc(var(--lane) * \(row.lanes))\">"
    for block in row.blocks {
      markup += self.block(
        layout.items[block.item], lane: block.lane, marksPeople: row.kind != .person)
    }
    for journey in row.journeys { markup += self.journey(journey) }
    return .raw(markup + "</div></div>")
  }

  /// One event on one row. Its time is read out before the title and
  /// shown on hover; the long hover text (the title, the venue and every
  /// finding with its position) goes only on blocks with findings: a forum
  /// draws two hundred thousand blocks, and the rest show their whole
  /// title on hover by themselves.
  private func block(_ item: PageLayout.Item, lane: Int, marksPeople: Bool) -> String {
    let day = item.day ?? 0
    let start = item.isAllDay ? layout.axisStart : max(layout.axisStart, item.start ?? 0)
    let end =
      item.isAllDay ? layout.axisEnd : min(layout.axisEnd, max(item.end ?? start, start + 1))
    let total = layout.days.count * layout.span
    let left = day * layout.span + start - layout.axisStart
    var classes = "ev k-" + item.event.effectiveKind.rawValue
    if item.isMoment { classes += " moment" }
    if item.isAllDay { classes += " allday" }
    if let severity = item.severity { classes += " " + severity.rawValue }
    var style =
      "left:" + PageNumbers.percent(left, total) + ";width:"
      + PageNumbers.percent(end - start, total)
    if lane > 0 { style += ";--l:\(lane)" }
    // A block is written as one piece of markup, every value escaped: as
    // a tree of a dozen Plot nodes per block, a 50,000-event forum spent
    // most of its time building and flattening nodes.
    var markup = "<a class=\"" + classes + "\" href=\"#a\(item.index)\" data-e=\"\(item.index)\""
    if marksPeople {
      markup += " data-p=\"" + item.people.map { "p\($0)" }.joined(separator: " ") + "\""
    }
    markup += " style=\"" + style + "\""
    if !item.findings.isEmpty {
      markup += " title=\"" + HTMLText.escaped(hoverText(item)) + "\""
    }
    markup +=
      "><span class=\"sr\">" + HTMLText.escaped((item.time ?? "") + " ") + "</span><bdi>"
      + HTMLText.escaped(item.title) + "</bdi></a>"
    return markup
  }

  /// "10:00–11:30 Посещение … · Дом-музей", then each finding with its
  /// position: what a hover shows.
  private func hoverText(_ item: PageLayout.Item) -> String {
    var text = [item.time, item.title].compactMap { $0 }.joined(separator: " ")
    if let venue = item.venue { text += " \u{00B7} " + venue }
    for finding in item.findings {
      text += "\n" + findingLine(layout.findings[finding].diagnostic)
    }
    return text
  }

  /// "ошибка: … (visit.yaml:12:5)".
  private func findingLine(_ diagnostic: Diagnostic) -> String {
    say(diagnostic.severity.name) + ": " + diagnostic.message.text(in: language) + " ("
      + position(diagnostic.location) + ")"
  }

  private func position(_ location: SourceLocation) -> String {
    "\(options.fileName):\(location.line):\(location.column)"
  }

  /// A journey: a dotted bar whose hover text says where from, where to
  /// and how long; written as one piece of markup like a block.
  private func journey(_ journey: PageLayout.Journey) -> String {
    let total = layout.days.count * layout.span
    let start = max(layout.axisStart, min(layout.axisEnd, journey.start))
    let end = min(layout.axisEnd, start + journey.minutes)
    let left = journey.day * layout.span + start - layout.axisStart
    let text = say(
      PageWording.journey(
        minutes: journey.minutes, from: journey.from, to: journey.to, isShort: journey.isShort))
    return
      ("<span class=\"" + (journey.isShort ? "jr short" : "jr") + "\" role=\"img\" style=\"left:"
      + PageNumbers.percent(left, total) + ";width:"
      + PageNumbers.percent(max(1, end - start), total)
      + "\" title=\"" + HTMLText.escaped(text)
      + "\"></span>")
  }

  private func tray() -> Body {
    guard !layout.tray.isEmpty else { return .group([]) }
    var entries: [Body] = []
    for index in layout.tray {
      let item = layout.items[index]
      let when =
        item.event.date.map {
          DateFormat.dayAndMonth($0, language) + ", " + say(DocumentWords.timeToBeConfirmed)
        }
        ?? say(PageWording.noDate)
      entries.append(
        .tag(
          "li", .class(item.severity?.rawValue ?? ""), .attr("data-e", String(index)),
          .attr("data-p", item.people.map { "p\($0)" }.joined(separator: " ")),
          .attr("title", hoverText(item)),
          .tag("a", .attr("href", "#a\(index)"), .tag("bdi", .escaped(item.title))),
          .escaped(" \u{2014} " + when)))
    }
    return .tag(
      "section", .class("tray"), .attr("aria-labelledby", "tray-title"),
      .tag("h3", .attr("id", "tray-title"), .escaped(say(PageWording.tray))),
      .tag("ul", .group(entries)))
  }

  // MARK: Findings

  private func findings() -> Body {
    var entries: [Body] = []
    for finding in layout.findings {
      let diagnostic = finding.diagnostic
      var related: [Body] = []
      for note in diagnostic.related {
        related.append(
          .tag(
            "li", .escaped(note.message.text(in: language)),
            .tag("span", .class("pos"), .escaped(position(note.location)))))
      }
      entries.append(
        .tag(
          "li", .class("f " + diagnostic.severity.rawValue), .attr("id", "f\(finding.index)"),
          .tag(
            "button", .attr("type", "button"), .attr("aria-pressed", "false"),
            .attr("data-t", finding.items.map(String.init).joined(separator: " ")),
            .attr("data-pp", finding.people.map { "p\($0)" }.joined(separator: " ")),
            .tag("span", .class("sev"), .escaped(say(diagnostic.severity.name))),
            .escaped(diagnostic.message.text(in: language)),
            .tag(
              "span", .class("pos"),
              .escaped(position(diagnostic.location) + " [" + diagnostic.rule.slug + "]"))),
          related.isEmpty ? .group([]) : .tag("ul", .class("related"), .group(related))))
    }
    let list: Body =
      entries.isEmpty
      ? .tag("p", .escaped(say(PageWording.noFindings)))
      : .tag("ol", .group(entries))
    return .tag(
      "aside", .attr("id", "findings"), .attr("aria-labelledby", "findings-title"),
      .tag("h2", .attr("id", "findings-title"), .escaped(say(PageWording.findings))),
      list)
  }

  // MARK: Agenda

  private func agendaDays() -> [Body] {
    var sections: [Body] = []
    var dayTitles: [CalendarDate: String] = [:]
    for day in visit.days {
      if let date = day.date?.value,
        let title = day.twins.text("title", original: day.title?.value, in: language)
      {
        dayTitles[date] = title
      }
    }
    // Events by day in file order, as the guest programme prints them.
    var byDay = [[Int]](repeating: [], count: layout.days.count)
    var undated: [Int] = []
    for item in layout.items {
      if let day = item.day { byDay[day].append(item.index) } else { undated.append(item.index) }
    }
    for (index, date) in layout.days.enumerated() where !byDay[index].isEmpty {
      var heading: [Body] = [.escaped(DateFormat.dayHeadingWithYear(date, language))]
      if let title = dayTitles[date] {
        heading.append(.escaped(" \u{2014} "))
        heading.append(.tag("bdi", .escaped(title)))
      }
      sections.append(
        .tag(
          "section", .class("day-agenda"),
          .tag("h3", .group(heading)),
          .tag("ol", .class("agenda"), .group(byDay[index].map { agendaItem(layout.items[$0]) }))))
    }
    if !undated.isEmpty {
      sections.append(
        .tag(
          "section", .class("day-agenda"),
          .tag("h3", .escaped(say(PageWording.tray))),
          .tag("ol", .class("agenda"), .group(undated.map { agendaItem(layout.items[$0]) }))))
    }
    return sections
  }

  private func agenda() -> Body {
    return .tag(
      "section", .attr("id", "agenda"), .attr("aria-labelledby", "agenda-title"),
      .tag("h2", .attr("id", "agenda-title"), .escaped(say(PageWording.agenda))),
      .raw(Self.agendaMarker))
  }

  /// One programme item, written as one piece of markup with every
  /// value escaped (see `block`): a forum's agenda has 50,000 of them.
  private func agendaItem(_ item: PageLayout.Item) -> Body {
    var details = "<strong><bdi>" + HTMLText.escaped(item.title) + "</bdi></strong>"
    if let venue = item.venue {
      var text = venue
      if let site = item.event.site?.value, let address = naming.sites[site]?.address?.value,
        !address.isEmpty
      {
        text += ", " + address
      }
      details += "<div class=\"where\" dir=\"auto\">" + HTMLText.escaped(text) + "</div>"
    }
    let names =
      item.people.map { naming.person(layout.people[$0].id.value) }
      + naming.bodies(of: item.event).map(naming.party)
    if !names.isEmpty {
      details +=
        "<div class=\"who\">"
        + HTMLText.escaped(say(PageWording.participants) + ": " + names.joined(separator: ", "))
        + "</div>"
    }
    if let responsible = item.event.responsible?.value {
      details +=
        "<div class=\"who\">"
        + HTMLText.escaped(say(PageWording.inCharge) + ": " + naming.person(responsible)) + "</div>"
    }
    if let notes = item.event.twins.text("notes", original: item.event.notes?.value, in: language),
      !notes.isEmpty
    {
      details += "<div class=\"notes\" dir=\"auto\">" + HTMLText.escaped(notes) + "</div>"
    }
    for finding in item.findings {
      let diagnostic = layout.findings[finding].diagnostic
      details +=
        "<p class=\"msg " + diagnostic.severity.rawValue + "\"><a href=\"#f\(finding)\">"
        + "<span class=\"sev\">" + HTMLText.escaped(say(diagnostic.severity.name)) + "</span></a>"
        + HTMLText.escaped(diagnostic.message.text(in: language)) + "</p>"
    }
    let time = item.time ?? say(DocumentWords.timeToBeConfirmed)
    return .raw(
      "<li class=\"" + (item.severity?.rawValue ?? "")
        + "\" id=\"a\(item.index)\" data-e=\"\(item.index)\""
        + " data-p=\"" + item.people.map { "p\($0)" }.joined(separator: " ")
        + "\"><span class=\"time\">"
        + HTMLText.escaped(time) + "</span><div>" + details + "</div></li>")
  }

}

enum PageNumbers {
  /// `12.345%`: exact to a thousandth of a percent, without Foundation's
  /// formatter (a forum page writes half a million of these).
  static func percent(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "0%" }
    let scaled = (part * 100_000 + whole / 2) / whole
    let integer = scaled / 1_000
    let fraction = scaled % 1_000
    let digits = String(fraction)
    return "\(integer)." + String(repeating: "0", count: 3 - digits.count) + digits + "%"
  }
}
