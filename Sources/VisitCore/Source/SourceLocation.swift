/// A position in a visit file, for pointing a user at the value at fault.
///
/// Both numbers are 1-based. `column` counts Unicode scalars from the start of
/// the line, as libyaml does, so a Cyrillic letter is one column, as it looks in
/// an editor; a byte-order mark at the start of the file is not counted.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of the file: where file-wide diagnostics point.
  public static let startOfFile = SourceLocation(line: 1, column: 1)

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}
