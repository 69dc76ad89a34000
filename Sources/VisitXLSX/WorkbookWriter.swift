import CXlsxWriter
import Foundation

/// Writes a `Workbook` to a file through libxlsxwriter: the one place in
/// visitplan that calls its C API, and no C pointer leaves it.
///
/// - Everything libxlsxwriter could refuse or mangle is checked before the
///   file is touched: headers, document properties, the creation time.
///   libxlsxwriter writes the file only when the workbook is closed, so a
///   refusal leaves the path as it was. A failure while writing can leave
///   it incomplete: to replace a user's file, write to a staging file first
///   (the command line's `OutputFile`).
/// - The C calls run under the C numeric locale (thread-local `uselocale`):
///   Debian's build formats numbers with `printf`, and a Russian locale would
///   put commas into the XML and corrupt the file.
/// - libxlsxwriter's errors become `XLSXError.library` with its own message
///   (`lxw_strerror`), never a hard-coded number.
public enum WorkbookWriter {
  /// Writes the workbook to the file at `path` (created, or its content replaced).
  ///
  /// - Throws: `XLSXError` when the library refuses something or the file
  ///   cannot be created.
  public static func write(_ workbook: Workbook, to path: String) throws(XLSXError) {
    let prepared = try Prepared(workbook)
    try NumericLocale.withCLocale { () throws(XLSXError) in
      try render(workbook, prepared: prepared, to: path)
    }
  }

  /// What is worked out, and checked, before libxlsxwriter sees anything.
  private struct Prepared {
    var headers: [(header: String?, footer: String?)]

    init(_ workbook: Workbook) throws(XLSXError) {
      headers = []
      for sheet in workbook.sheets {
        headers.append((try sheet.page.header?.rendered(), try sheet.page.footer?.rendered()))
      }
      guard DocumentProperties.createdRange.contains(workbook.properties.created) else {
        throw XLSXError(
          .invalidDate(
            "\(workbook.properties.created) seconds since 1970 (outside the years 1900–9999)"))
      }
    }
  }

  private static func render(_ workbook: Workbook, prepared: Prepared, to path: String)
    throws(XLSXError)
  {
    guard let handle = workbook_new(path) else {
      throw XLSXError(.library(function: "workbook_new", message: "could not create the workbook"))
    }
    // workbook_close frees the workbook even when it fails; before it, an
    // error must free it without writing.
    var isClosed = false
    defer { if !isClosed { lxw_workbook_free(handle) } }
    var formats = FormatCache(workbook: handle)
    for (sheet, headers) in zip(workbook.sheets, prepared.headers) {
      try render(sheet, headers: headers, in: handle, formats: &formats)
    }
    try setProperties(workbook.properties, on: handle)
    isClosed = true
    let closed = workbook_close(handle)
    if closed == LXW_ERROR_CREATING_XLSX_FILE {
      throw XLSXError(.fileSystem(path: path, reason: String(cString: strerror(errno))))
    }
    try check(closed, "workbook_close")
  }

  private static func render(
    _ sheet: Worksheet, headers: (header: String?, footer: String?),
    in workbook: UnsafeMutablePointer<lxw_workbook>, formats: inout FormatCache
  ) throws(XLSXError) {
    guard let handle = workbook_add_worksheet(workbook, sheet.name.text) else {
      throw XLSXError(
        .library(function: "workbook_add_worksheet", message: "refused \"\(sheet.name)\""))
    }
    for column in sheet.columns {
      try check(
        worksheet_set_column(
          handle, lxw_col_t(column.columns.lowerBound), lxw_col_t(column.columns.upperBound),
          column.width, column.style.flatMap { formats.format(for: $0) }),
        "worksheet_set_column")
    }
    for (row, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
      try check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "worksheet_set_row")
    }
    let cellFormats = sheet.styles.map { formats.format(for: $0) }
    for cell in sheet.cells {
      let row = lxw_row_t(cell.row)
      let column = lxw_col_t(cell.column)
      let format = cell.styleIndex.flatMap { cellFormats[$0] }
      switch cell.value {
      case .text(let text):
        try check(
          worksheet_write_string(handle, row, column, text, format), "worksheet_write_string")
      case .number(let number):
        try check(
          worksheet_write_number(handle, row, column, number, format), "worksheet_write_number")
      case .dateTime(let value):
        var dateTime = lxw_datetime(
          year: Int32(value.year), month: Int32(value.month), day: Int32(value.day),
          hour: Int32(value.hour), min: Int32(value.minute), sec: 0)
        try check(
          worksheet_write_datetime(handle, row, column, &dateTime, format),
          "worksheet_write_datetime")
      case .blank:
        try check(worksheet_write_blank(handle, row, column, format), "worksheet_write_blank")
      }
    }
    for merge in sheet.merges {
      let range = merge.range
      try check(
        worksheet_merge_range(
          handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
          lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), merge.text,
          formats.format(for: merge.style)),
        "worksheet_merge_range")
    }
    if let (rows, columns) = sheet.frozen {
      worksheet_freeze_panes(handle, lxw_row_t(rows), lxw_col_t(columns))
    }
    if let range = sheet.autofilter {
      try check(
        worksheet_autofilter(
          handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
          lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn)),
        "worksheet_autofilter")
    }
    try apply(sheet.page, headers: headers, to: handle)
  }

  private static func apply(
    _ page: PageSetup, headers: (header: String?, footer: String?),
    to handle: UnsafeMutablePointer<lxw_worksheet>
  ) throws(XLSXError) {
    switch page.orientation {
    case .portrait: worksheet_set_portrait(handle)
    case .landscape: worksheet_set_landscape(handle)
    }
    worksheet_set_paper(handle, 9)  // A4; Excel's default is US Letter.
    let inch = 25.4
    let margins = page.marginsMillimetres
    worksheet_set_margins(
      handle, margins.left / inch, margins.right / inch, margins.top / inch, margins.bottom / inch)
    if let fit = page.fitToPages {
      worksheet_fit_to_pages(handle, UInt16(fit.width), UInt16(fit.height))
    }
    if let rows = page.repeatedRows {
      try check(
        worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
        "worksheet_repeat_rows")
    }
    // 1.1.4 frees the header and keeps the dangling pointer when it refuses
    // one (a double free at close), so `rendered()` never gives it one to refuse.
    if let header = headers.header {
      try check(worksheet_set_header(handle, header), "worksheet_set_header")
    }
    if let footer = headers.footer {
      try check(worksheet_set_footer(handle, footer), "worksheet_set_footer")
    }
    if page.centersHorizontally { worksheet_center_horizontally(handle) }
    let breaks = page.rowBreaks.filter { $0 > 0 }.prefix(1023).map { lxw_row_t($0) }
    if !breaks.isEmpty {
      var terminated = Array(breaks) + [0]
      try check(worksheet_set_h_pagebreaks(handle, &terminated), "worksheet_set_h_pagebreaks")
    }
  }

  private static func setProperties(
    _ properties: DocumentProperties, on workbook: UnsafeMutablePointer<lxw_workbook>
  ) throws(XLSXError) {
    // 1.1.4 declares the fields `char *` but copies them; the copies here
    // live until the call returns.
    var allocated: [UnsafeMutablePointer<CChar>] = []
    defer { allocated.forEach { free($0) } }
    func field(_ text: String) -> UnsafeMutablePointer<CChar>? {
      guard !text.isEmpty, let copy = strdup(XMLText.clean(text)) else { return nil }
      allocated.append(copy)
      return copy
    }
    var document = lxw_doc_properties()
    document.title = field(properties.title)
    document.subject = field(properties.subject)
    document.author = field(properties.author)
    document.company = field(properties.company)
    document.comments = field(properties.comments)
    // 1.1.4 reads 0 as "not given" and records the current time, which would
    // make the file differ on every run; the first second of 1970 stands in.
    document.created = time_t(properties.created == 0 ? 1 : properties.created)
    try check(workbook_set_properties(workbook, &document), "workbook_set_properties")
  }

  private static func check(_ error: lxw_error, _ function: String) throws(XLSXError) {
    guard error != LXW_NO_ERROR else { return }
    throw XLSXError(.library(function: function, message: String(cString: lxw_strerror(error))))
  }
}

/// One libxlsxwriter format per distinct style, made on first use.
private struct FormatCache {
  let workbook: UnsafeMutablePointer<lxw_workbook>
  var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

  init(workbook: UnsafeMutablePointer<lxw_workbook>) {
    self.workbook = workbook
  }

  /// Neighbouring cells mostly share a style; comparing with the last one
  /// saves hashing a style (font name and all) for each of a million cells.
  var last: (style: CellStyle, format: UnsafeMutablePointer<lxw_format>)?

  mutating func format(for style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
    if let last, last.style == style { return last.format }
    if let format = formats[style] {
      last = (style, format)
      return format
    }
    guard let format = workbook_add_format(workbook) else { return nil }
    format_set_font_name(format, style.fontName)
    format_set_font_size(format, style.fontSize)
    if style.isBold { format_set_bold(format) }
    if style.isItalic { format_set_italic(format) }
    if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
    if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
    switch style.horizontal {
    case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
    case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
    case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
    case nil: break
    }
    switch style.vertical {
    case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    case nil: break
    }
    if style.wrapsText { format_set_text_wrap(format) }
    if style.hasBorder { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    if let fill = style.fill {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, lxw_color_t(fill))
    }
    formats[style] = format
    return format
  }
}
