/// How a cell looks. Styles are plain values; the writer turns each distinct
/// one into a libxlsxwriter format once per workbook.
public struct CellStyle: Hashable, Sendable {
  public enum HorizontalAlignment: Hashable, Sendable { case left, center, right }
  public enum VerticalAlignment: Hashable, Sendable { case top, center }

  public var fontName: String
  public var fontSize: Double
  public var isBold: Bool
  public var isItalic: Bool
  /// 0xRRGGBB, nil for the default black.
  public var fontColor: UInt32?
  /// An Excel number format, e.g. `hh:mm` or `dd.mm.yyyy`.
  public var numberFormat: String?
  public var horizontal: HorizontalAlignment?
  public var vertical: VerticalAlignment?
  public var wrapsText: Bool
  /// A thin border on all four sides.
  public var hasBorder: Bool
  /// A solid fill, 0xRRGGBB.
  public var fill: UInt32?

  public init(
    fontName: String = "Times New Roman", fontSize: Double = 11, isBold: Bool = false,
    isItalic: Bool = false, fontColor: UInt32? = nil, numberFormat: String? = nil,
    horizontal: HorizontalAlignment? = nil, vertical: VerticalAlignment? = .top,
    wrapsText: Bool = false, hasBorder: Bool = false, fill: UInt32? = nil
  ) {
    self.fontName = fontName
    self.fontSize = fontSize
    self.isBold = isBold
    self.isItalic = isItalic
    self.fontColor = fontColor
    self.numberFormat = numberFormat
    self.horizontal = horizontal
    self.vertical = vertical
    self.wrapsText = wrapsText
    self.hasBorder = hasBorder
    self.fill = fill
  }
}
