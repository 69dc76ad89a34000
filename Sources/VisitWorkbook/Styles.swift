import VisitXLSX

/// The workbook's small set of styles: print-ready black and white, borders
/// instead of colour bands, Times New Roman as official documents use.
enum Styles {
  static let title = CellStyle(
    fontSize: 14, isBold: true, horizontal: .center, vertical: .center, wrapsText: true)
  static let header = CellStyle(
    isBold: true, horizontal: .center, vertical: .center, wrapsText: true, hasBorder: true,
    fill: 0xE7E6E6)
  static let day = CellStyle(
    fontSize: 12, isBold: true, horizontal: .left, vertical: .center, hasBorder: true,
    fill: 0xF2F2F2)
  static let body = CellStyle(vertical: .top, wrapsText: true, hasBorder: true)
  static let number = CellStyle(horizontal: .center, vertical: .top, hasBorder: true)
  static let time = CellStyle(
    numberFormat: "hh:mm", horizontal: .center, vertical: .top, hasBorder: true)
  static let date = CellStyle(
    numberFormat: "dd.mm.yyyy", horizontal: .center, vertical: .top, hasBorder: true)
  /// A date or time before 1900, which Excel cannot hold, written as text.
  static let dateText = CellStyle(horizontal: .center, vertical: .top, hasBorder: true)
  static let timeText = dateText
  static let mark = CellStyle(horizontal: .center, vertical: .center, hasBorder: true)
  static let note = CellStyle(isItalic: true, vertical: .top, wrapsText: false)
  static let error = CellStyle(vertical: .top, wrapsText: true, hasBorder: true, fill: 0xFFC7CE)
  static let warning = CellStyle(vertical: .top, wrapsText: true, hasBorder: true, fill: 0xFFEB9C)
}
