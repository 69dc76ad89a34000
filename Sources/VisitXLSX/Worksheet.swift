import Foundation

/// One sheet as plain values: cells, merged ranges, columns, rows, panes,
/// filter and print setup. Every mutation checks what libxlsxwriter 1.1.4
/// would accept and then corrupt, so a `Worksheet` that exists can be written.
public struct Worksheet: Sendable {
  /// A cell's content. Text is always a text cell: nothing the user wrote can
  /// become a formula.
  public enum Value: Hashable, Sendable {
    case text(String)
    case number(Double)
    case dateTime(LocalDateTime)
    case blank
  }

  /// A written cell. The style is an index into the sheet's `styles`: a
  /// forum's workbook has a million cells and a dozen styles.
  public struct Cell: Hashable, Sendable {
    let storedRow: Int32
    let storedColumn: Int16
    let storedStyle: Int16
    public let value: Value

    public var row: Int { Int(storedRow) }
    public var column: Int { Int(storedColumn) }
    /// Index into `styles`, or nil for the default style.
    public var styleIndex: Int? { storedStyle < 0 ? nil : Int(storedStyle) }
  }

  public struct Merge: Hashable, Sendable {
    public let range: CellRange
    public let text: String
    public let style: CellStyle
  }

  public struct Column: Hashable, Sendable {
    public let columns: ClosedRange<Int>
    /// In characters of the default font, as Excel measures widths.
    public let width: Double
    public let style: CellStyle?
  }

  /// Excel's limit for the text of one cell.
  public static let maximumTextLength = 32_767

  public let name: SheetName
  public private(set) var cells: [Cell] = []
  /// The distinct styles of the sheet's cells, in first use.
  public private(set) var styles: [CellStyle] = []
  private var styleIndices: [CellStyle: Int16] = [:]
  private var lastStyle: (style: CellStyle, index: Int16)?
  public private(set) var merges: [Merge] = []
  public private(set) var columns: [Column] = []
  public private(set) var rowHeights: [Int: Double] = [:]
  public private(set) var frozen: (rows: Int, columns: Int)?
  public private(set) var autofilter: CellRange?
  public var page = PageSetup()

  public init(name: SheetName) {
    self.name = name
  }

  /// Writes a value; text loses what XML cannot hold (`XMLText`) and must
  /// fit Excel's 32,767 characters; numbers must be finite.
  public mutating func write(
    _ value: Value, row: Int, column: Int, style: CellStyle? = nil
  ) throws(XLSXError) {
    try CellRange.check(row: row, column: column)
    var value = value
    switch value {
    case .text(let text):
      let clean = Self.clean(text)
      guard Self.fits(clean) else {
        throw XLSXError(
          .limitExceeded(
            what: "the text of cell \(CellRange.columnName(column))\(row + 1)",
            limit: Self.maximumTextLength))
      }
      value = .text(clean)
    case .number(let number):
      guard number.isFinite else { throw XLSXError(.nonFiniteNumber(number)) }
    case .dateTime, .blank:
      break
    }
    cells.append(
      Cell(
        storedRow: Int32(row), storedColumn: Int16(column), storedStyle: index(of: style),
        value: value))
  }

  /// The style's index in `styles`, added on first use; -1 for none.
  private mutating func index(of style: CellStyle?) -> Int16 {
    guard let style else { return -1 }
    if let lastStyle, lastStyle.style == style { return lastStyle.index }
    let index =
      styleIndices[style]
      ?? {
        let index = Int16(styles.count)
        styles.append(style)
        styleIndices[style] = index
        return index
      }()
    lastStyle = (style, index)
    return index
  }

  /// The style of a cell.
  public func style(of cell: Cell) -> CellStyle? {
    cell.styleIndex.map { styles[$0] }
  }

  /// Convenience for text.
  public mutating func write(
    _ text: String, row: Int, column: Int, style: CellStyle? = nil
  ) throws(XLSXError) {
    try write(.text(text), row: row, column: column, style: style)
  }

  /// Merges a range of more than one cell, with its text. Ranges must not
  /// overlap (1.1.4 accepts that, and Excel then repairs the file).
  public mutating func merge(_ range: CellRange, text: String, style: CellStyle) throws(XLSXError) {
    guard range.firstRow != range.lastRow || range.firstColumn != range.lastColumn else {
      try write(text, row: range.firstRow, column: range.firstColumn, style: style)
      return
    }
    if let other = merges.first(where: { $0.range.overlaps(range) }) {
      throw XLSXError(.overlappingRange(other.range, range))
    }
    if let filter = autofilter, filter.overlaps(range) {
      throw XLSXError(.overlappingRange(filter, range))
    }
    let clean = Self.clean(text)
    guard Self.fits(clean) else {
      throw XLSXError(.limitExceeded(what: "the text of \(range)", limit: Self.maximumTextLength))
    }
    merges.append(Merge(range: range, text: clean, style: style))
  }

  public mutating func setColumns(
    _ range: ClosedRange<Int>, width: Double, style: CellStyle? = nil
  ) throws(XLSXError) {
    try CellRange.check(row: 0, column: range.lowerBound)
    try CellRange.check(row: 0, column: range.upperBound)
    guard width.isFinite, width >= 0 else { throw XLSXError(.nonFiniteNumber(width)) }
    columns.append(Column(columns: range, width: min(width, 255), style: style))
  }

  /// A fixed height, in points. Leave wrapped body rows alone: viewers fit them.
  public mutating func setRowHeight(_ row: Int, _ height: Double) throws(XLSXError) {
    try CellRange.check(row: row, column: 0)
    guard height.isFinite, height >= 0 else { throw XLSXError(.nonFiniteNumber(height)) }
    rowHeights[row] = min(height, 409)
  }

  /// Freezes the rows above `rows` and the columns left of `columns`.
  public mutating func freeze(rows: Int, columns: Int) throws(XLSXError) {
    try CellRange.check(row: rows, column: columns)
    frozen = (rows, columns)
  }

  /// An autofilter over a plain table; never over merged cells.
  public mutating func setAutofilter(_ range: CellRange) throws(XLSXError) {
    if let merge = merges.first(where: { $0.range.overlaps(range) }) {
      throw XLSXError(.overlappingRange(merge.range, range))
    }
    autofilter = range
  }

  /// The text as XML can hold it: no NUL (C would cut the text there), no
  /// other control character, no noncharacter (`XMLText`).
  static func clean(_ text: String) -> String {
    XMLText.clean(text)
  }

  /// Whether a text fits Excel's 32,767 characters, counted as
  /// libxlsxwriter counts them: in code points (a flag is two). Its UTF-8
  /// byte count answers at once for all but very long texts.
  static func fits(_ text: String) -> Bool {
    text.utf8.count <= maximumTextLength || text.unicodeScalars.count <= maximumTextLength
  }

  /// The text cut at a character so that it fits a cell, "…" ending it when
  /// cut: a document shows the start of a text too long for Excel rather
  /// than failing on it.
  public static func fitted(_ text: String) -> String {
    guard !fits(text) else { return text }
    var kept = ""
    var used = 1  // the "…"
    for character in text {
      let cost = character.unicodeScalars.count
      guard used + cost <= maximumTextLength else { break }
      kept.append(character)
      used += cost
    }
    return kept + "…"
  }
}

/// A workbook as plain values: its sheets in order and its properties.
public struct Workbook: Sendable {
  public var properties: DocumentProperties
  public private(set) var sheets: [Worksheet] = []

  public init(properties: DocumentProperties) {
    self.properties = properties
  }

  /// Adds a sheet; names must differ in more than letter case, in every
  /// script (1.1.4 only folds ASCII).
  public mutating func add(_ sheet: Worksheet) throws(XLSXError) {
    guard !sheets.contains(where: { $0.name.folded == sheet.name.folded }) else {
      throw XLSXError(.duplicateSheetName(sheet.name.text))
    }
    sheets.append(sheet)
  }
}
