import VisitCore
import VisitLanguage
import VisitXLSX

/// Writes one sheet laid out as a table: an optional title or note above, a
/// bold header row, body rows; then sets column widths from the content,
/// freezes the header, filters plain tables and prepares the print setup.
struct TableSheet {
  private(set) var sheet: Worksheet
  private var widths: ColumnWidths
  let columnCount: Int
  let headerRow: Int
  /// The next row to write.
  var row: Int
  private var hasMergedBodyRows = false
  /// Text written in each row, by column, to size the row once widths are known.
  private var texts: [Int: [(column: Int, text: String)]] = [:]
  private let headers: [String]
  /// Heights set on rows, in points; the others are one line.
  private var heights: [Int: Double] = [:]
  /// Rows that must not end a page: a day's heading stays with its first event.
  private var keptWithNext: [Int] = []

  init(
    name: String, headers: [String], limits: [ClosedRange<Double>], headerRow: Int = 0
  ) throws(XLSXError) {
    sheet = Worksheet(name: try SheetName(name))
    widths = ColumnWidths(limits: limits)
    columnCount = headers.count
    self.headers = headers
    self.headerRow = headerRow
    row = headerRow + 1
    for (column, header) in headers.enumerated() {
      try sheet.write(header, row: headerRow, column: column, style: Styles.header)
      widths.measure(header, column: column, bold: true)
    }
  }

  /// A text cell, measured for the column's width; a text too long for a
  /// cell is cut with "…".
  mutating func text(_ text: String, column: Int, style: CellStyle = Styles.body) throws(XLSXError)
  {
    let text = Worksheet.fitted(text)
    try sheet.write(text, row: row, column: column, style: style)
    let (length, isMultiline) = widths.measure(text, column: column)
    // Only a text that may need more than one line is kept to size its row;
    // no column is narrower than `shortestLine` letters.
    if style.wrapsText, isMultiline || length > Self.shortestLine {
      texts[row, default: []].append((column, text))
    }
  }

  /// Letters that fit on a line of the narrowest column (5 units).
  static let shortestLine = ColumnWidths.capacity(width: 5)

  mutating func number(_ number: Int, column: Int, style: CellStyle = Styles.number)
    throws(XLSXError)
  {
    try sheet.write(.number(Double(number)), row: row, column: column, style: style)
    var digits = number < 0 ? 2 : 1
    var rest = abs(number)
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    widths.reserve(digits, column: column)
  }

  /// A real Excel date-time shown as a time: the event's date at that time.
  /// Excel's dates start in 1900; an earlier one (a mistyped year, which
  /// the checker does not refuse) is written as text, as it would print.
  mutating func time(_ date: CalendarDate, _ time: WallClockTime, column: Int) throws(XLSXError) {
    guard
      let value = try? LocalDateTime(
        year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
    else {
      try self.text(TimeFormat.time(time), column: column, style: Styles.timeText)
      return
    }
    try sheet.write(.dateTime(value), row: row, column: column, style: Styles.time)
  }

  /// A real Excel date shown as dd.mm.yyyy; before 1900, text as it would print.
  mutating func date(_ date: CalendarDate, column: Int) throws(XLSXError) {
    guard let value = try? LocalDateTime(year: date.year, month: date.month, day: date.day) else {
      try text(DateFormat.numeric(date), column: column, style: Styles.dateText)
      return
    }
    try sheet.write(.dateTime(value), row: row, column: column, style: Styles.date)
    widths.reserve(10, column: column)
  }

  /// An empty bordered cell, so printed tables have no gaps in their lines.
  mutating func blank(column: Int, style: CellStyle = Styles.body) throws(XLSXError) {
    try sheet.write(.blank, row: row, column: column, style: style)
  }

  /// Fills the rest of the row's cells with bordered blanks.
  mutating func blanks(from column: Int, style: CellStyle = Styles.body) throws(XLSXError) {
    for column in column..<columnCount { try blank(column: column, style: style) }
  }

  /// A row merged across the table (a day heading), with a fixed height.
  mutating func mergedRow(_ text: String, style: CellStyle, height: Double) throws(XLSXError) {
    try sheet.merge(
      try CellRange(row: row, columns: 0...(columnCount - 1)), text: Worksheet.fitted(text),
      style: style)
    try sheet.setRowHeight(row, height)
    heights[row] = height
    keptWithNext.append(row)
    hasMergedBodyRows = true
    row += 1
  }

  mutating func nextRow() { row += 1 }

  /// Widths, row heights, frozen header, autofilter (for plain tables) and
  /// print setup.
  mutating func finish(
    orientation: PageSetup.Orientation, pageTitle: String, labels: Labels
  ) throws(XLSXError) -> Worksheet {
    let final = widths.widths(
      fitting: orientation == .landscape ? ColumnWidths.landscapePage : ColumnWidths.portraitPage)
    for (column, width) in final.enumerated() {
      try sheet.setColumns(column...column, width: width)
    }
    let headerLines =
      headers.enumerated().map {
        ColumnWidths.lines($0.element, width: final[$0.offset], bold: true)
      }.max() ?? 1
    if headerLines > 1 {
      heights[headerRow] = ColumnWidths.height(lines: headerLines)
      try sheet.setRowHeight(headerRow, ColumnWidths.height(lines: headerLines))
    }
    for (row, cells) in texts {
      let lines = cells.map { ColumnWidths.lines($0.text, width: final[$0.column]) }.max() ?? 1
      if lines > 1 {
        heights[row] = ColumnWidths.height(lines: lines)
        try sheet.setRowHeight(row, ColumnWidths.height(lines: lines))
      }
    }
    totalWidth = final.reduce(0, +)
    try sheet.freeze(rows: headerRow + 1, columns: 0)
    if !hasMergedBodyRows, row > headerRow + 1 {
      try sheet.setAutofilter(
        try CellRange(rows: headerRow...(row - 1), columns: 0...(columnCount - 1)))
    }
    sheet.page = Layout.page(
      orientation: orientation, repeatedRows: headerRow...headerRow, title: pageTitle,
      labels: labels)
    sheet.page.rowBreaks = Layout.breaks(
      rows: 0..<row, heights: heights, keptWithNext: Set(keptWithNext), headerRow: headerRow,
      pageHeight: Layout.printableHeight(orientation))
    return sheet
  }

  /// The sum of the final column widths, for sizing merged rows.
  private(set) var totalWidth = 0.0
}

/// The print setup every sheet shares: A4, 20/10/20/20 mm margins, one page
/// wide, the header row on every page, the visit's title at the top and
/// "Стр. N из M" at the bottom.
enum Layout {
  static func page(
    orientation: PageSetup.Orientation, repeatedRows: ClosedRange<Int>?, title: String,
    labels: Labels
  ) -> PageSetup {
    let (page, of) = labels.pageOf
    return PageSetup(
      orientation: orientation, marginsMillimetres: (20, 10, 20, 20), fitToPages: (1, 0),
      repeatedRows: repeatedRows,
      header: HeaderFooter(center: [.text(headerTitle(title))]),
      footer: HeaderFooter(center: [.text(page), .pageNumber, .text(of), .pageCount]))
  }

  /// The title cut to fit the 255 characters of a header, escapes included,
  /// with room to spare for the alignment code.
  static func headerTitle(_ title: String) -> String {
    HeaderFooter.cut(title, toEscapedLength: 200)
  }

  /// Points a page holds between the top and bottom margins (20 mm each;
  /// the page header and footer print inside them), a little under, since
  /// viewers round row heights.
  static func printableHeight(_ orientation: PageSetup.Orientation) -> Double {
    let millimetres = (orientation == .landscape ? 210.0 : 297.0) - 40
    return millimetres / 25.4 * 72 * 0.95
  }

  /// Default height of a row of one line, in points.
  static let oneLineRow = ColumnWidths.height(lines: 1)

  /// Manual page breaks at every page of a table with rows kept with the
  /// next (day headings), so that such a row never ends a page.
  ///
  /// Every break is manual, not only the one before a heading: viewers
  /// scale a sheet to the page differently (LibreOffice fits about a third
  /// more rows on a page than Excel), so breaks left to the viewer fall in
  /// different places. Pages are laid out at Excel's scale, the smaller;
  /// a viewer that fits more still breaks where these say.
  static func breaks(
    rows: Range<Int>, heights: [Int: Double], keptWithNext: Set<Int>, headerRow: Int,
    pageHeight: Double
  ) -> [Int] {
    guard !keptWithNext.isEmpty else { return [] }
    let header = heights[headerRow] ?? oneLineRow
    // Rows above the header (a title) print on the first page only.
    func height(_ row: Int) -> Double {
      heights[row] ?? (row < headerRow ? titleRow : oneLineRow)
    }
    var result: [Int] = []
    var used = 0.0
    var row = rows.lowerBound
    while row < rows.upperBound {
      let own = height(row)
      let keep =
        keptWithNext.contains(row) && row + 1 < rows.upperBound ? height(row + 1) : 0
      if row > headerRow + 1, used > header, used + own + keep > pageHeight {
        result.append(row)
        used = header
      }
      used += own
      row += 1
    }
    return result
  }

  /// The height a title row above a table is given at most.
  static let titleRow = 60.0

  /// A height for a merged row of wrapped text, which viewers do not fit.
  static func mergedHeight(_ text: String, width: Double, lineHeight: Double) -> Double {
    let characters = Double(max(1, text.count))
    let lines = max(1, (characters * 1.15 / max(width, 1)).rounded(.up))
    return min(409, lines * lineHeight + 6)
  }
}
