/// Why a workbook could not be written. Everything libxlsxwriter 1.1.4 would
/// silently accept and then corrupt is caught as one of these before any C
/// call; what the library itself reports arrives as `.library`.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Kind: Sendable, Hashable {
    /// A sheet name Excel refuses: empty, over 31 characters, `[]:*?/\`,
    /// quotes at the ends, or the reserved `History`.
    case invalidSheetName(String, reason: String)
    /// Two sheets whose names differ only in letter case (Cyrillic included).
    case duplicateSheetName(String)
    /// A cell outside Excel's 1,048,576 rows × 16,384 columns.
    case cellOutOfRange(row: Int, column: Int)
    /// Two merged ranges share a cell, or a cell is written inside a merge.
    case overlappingRange(CellRange, CellRange)
    /// NaN or an infinity, which 1.1.4 writes as `NAN` and breaks the file.
    case nonFiniteNumber(Double)
    /// A date or time that does not exist (month 13, 25:00).
    case invalidDate(String)
    /// A text over Excel's limit, or a header/footer over 255 characters.
    case limitExceeded(what: String, limit: Int)
    /// The destination cannot be written: a missing folder, no permission.
    case fileSystem(path: String, reason: String)
    /// An error libxlsxwriter returned, with its own message.
    case library(function: String, message: String)
  }

  public let kind: Kind

  public init(_ kind: Kind) {
    self.kind = kind
  }

  public var description: String {
    switch kind {
    case .invalidSheetName(let name, let reason): "invalid sheet name \"\(name)\": \(reason)"
    case .duplicateSheetName(let name): "two sheets would be called \"\(name)\""
    case .cellOutOfRange(let row, let column):
      "cell at row \(row + 1), column \(column + 1) is outside the sheet"
    case .overlappingRange(let a, let b): "ranges \(a) and \(b) overlap"
    case .nonFiniteNumber(let number): "\(number) is not a finite number"
    case .invalidDate(let text): "\(text) is not a valid date and time"
    case .limitExceeded(let what, let limit): "\(what) is longer than \(limit) characters"
    case .fileSystem(let path, let reason): "\(path): \(reason)"
    case .library(let function, let message): "\(function): \(message)"
    }
  }
}
