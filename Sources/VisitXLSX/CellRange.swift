/// A rectangle of cells, 0-based and inclusive, within Excel's limits.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
  public let firstRow: Int
  public let firstColumn: Int
  public let lastRow: Int
  public let lastColumn: Int

  /// Excel's sheet size.
  public static let rowCount = 1_048_576
  public static let columnCount = 16_384

  public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(XLSXError) {
    try Self.check(row: rows.lowerBound, column: columns.lowerBound)
    try Self.check(row: rows.upperBound, column: columns.upperBound)
    firstRow = rows.lowerBound
    lastRow = rows.upperBound
    firstColumn = columns.lowerBound
    lastColumn = columns.upperBound
  }

  public init(row: Int, columns: ClosedRange<Int>) throws(XLSXError) {
    try self.init(rows: row...row, columns: columns)
  }

  static func check(row: Int, column: Int) throws(XLSXError) {
    guard (0..<rowCount).contains(row), (0..<columnCount).contains(column) else {
      throw XLSXError(.cellOutOfRange(row: row, column: column))
    }
  }

  public func overlaps(_ other: CellRange) -> Bool {
    firstRow <= other.lastRow && other.firstRow <= lastRow && firstColumn <= other.lastColumn
      && other.firstColumn <= lastColumn
  }

  public func contains(row: Int, column: Int) -> Bool {
    (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
  }

  /// "A1:H1".
  public var description: String {
    "\(Self.columnName(firstColumn))\(firstRow + 1):\(Self.columnName(lastColumn))\(lastRow + 1)"
  }

  /// "A", "Z", "AA" for 0, 25, 26.
  public static func columnName(_ column: Int) -> String {
    var name = ""
    var number = column + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }
}
