/// The workbook's document properties. `created` is required: libxlsxwriter
/// uses the current time otherwise, and the same visit must give the same
/// bytes on every run.
public struct DocumentProperties: Hashable, Sendable {
  public var title: String
  public var subject: String
  public var author: String
  public var company: String
  public var comments: String
  /// Seconds since 1970-01-01 UTC, within `createdRange`.
  public var created: Int64

  /// 1900-01-01 to 9999-12-31: four-digit years, which `dcterms:created`
  /// needs (libxlsxwriter prints the year with `%Y`, unpadded) and the C
  /// library's `gmtime` can convert; Excel's own dates start in 1900.
  public static let createdRange: ClosedRange<Int64> = -2_208_988_800...253_402_300_799

  public init(
    title: String = "", subject: String = "", author: String = "", company: String = "",
    comments: String = "", created: Int64
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.company = company
    self.comments = comments
    self.created = created
  }
}
