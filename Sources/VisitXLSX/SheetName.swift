/// The name of a worksheet, checked against Excel's rules before libxlsxwriter
/// sees it (1.1.4 accepts `History` and misses case-only duplicates outside
/// ASCII, and Excel then repairs or refuses the file).
public struct SheetName: Hashable, Sendable, CustomStringConvertible {
  public let text: String

  public static let maximumLength = 31
  static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  public init(_ text: String) throws(XLSXError) {
    func invalid(_ reason: String) -> XLSXError {
      XLSXError(.invalidSheetName(text, reason: reason))
    }
    guard !text.isEmpty else { throw invalid("it is empty") }
    guard text.count <= Self.maximumLength else {
      throw invalid("it is longer than \(Self.maximumLength) characters")
    }
    if let bad = text.first(where: Self.forbidden.contains) {
      throw invalid("it contains \"\(bad)\"")
    }
    guard !text.hasPrefix("'"), !text.hasSuffix("'") else {
      throw invalid("it starts or ends with an apostrophe")
    }
    guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else { throw invalid("it contains a control character") }
    guard text.lowercased() != "history" else { throw invalid("Excel reserves \"History\"") }
    self.text = text
  }

  /// The name as Excel compares names: case-insensitively in every script.
  var folded: String { text.lowercased() }

  public var description: String { text }
}
