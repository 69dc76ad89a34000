/// How a sheet prints.
public struct PageSetup: Hashable, Sendable {
  public enum Orientation: Hashable, Sendable { case portrait, landscape }

  public var orientation: Orientation
  /// Left, right, top, bottom, in millimetres.
  public var marginsMillimetres: (left: Double, right: Double, top: Double, bottom: Double)
  /// Pages wide and tall to fit into; 0 means as many as needed.
  public var fitToPages: (width: Int, height: Int)?
  /// Rows printed at the top of every page.
  public var repeatedRows: ClosedRange<Int>?
  public var header: HeaderFooter?
  public var footer: HeaderFooter?
  public var centersHorizontally: Bool

  public init(
    orientation: Orientation = .portrait,
    marginsMillimetres: (left: Double, right: Double, top: Double, bottom: Double) = (
      20, 10, 20, 20
    ),
    fitToPages: (width: Int, height: Int)? = (1, 0), repeatedRows: ClosedRange<Int>? = nil,
    header: HeaderFooter? = nil, footer: HeaderFooter? = nil, centersHorizontally: Bool = true
  ) {
    self.orientation = orientation
    self.marginsMillimetres = marginsMillimetres
    self.fitToPages = fitToPages
    self.repeatedRows = repeatedRows
    self.header = header
    self.footer = footer
    self.centersHorizontally = centersHorizontally
  }

  public static func == (lhs: PageSetup, rhs: PageSetup) -> Bool {
    lhs.orientation == rhs.orientation && lhs.marginsMillimetres == rhs.marginsMillimetres
      && lhs.fitToPages?.width == rhs.fitToPages?.width
      && lhs.fitToPages?.height == rhs.fitToPages?.height && lhs.repeatedRows == rhs.repeatedRows
      && lhs.header == rhs.header && lhs.footer == rhs.footer
      && lhs.centersHorizontally == rhs.centersHorizontally
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(orientation)
    hasher.combine(repeatedRows)
    hasher.combine(header)
    hasher.combine(footer)
  }
}

/// A printed header or footer: text and fields placed left, centre and right.
/// Rendered to Excel's codes with `&` escaped, and refused over 255
/// characters (1.1.4's limit, which Excel shares).
public struct HeaderFooter: Hashable, Sendable {
  public enum Segment: Hashable, Sendable {
    case text(String)
    case pageNumber
    case pageCount
  }

  public var left: [Segment]
  public var center: [Segment]
  public var right: [Segment]

  public static let maximumLength = 255

  public init(left: [Segment] = [], center: [Segment] = [], right: [Segment] = []) {
    self.left = left
    self.center = center
    self.right = right
  }

  /// Excel's header/footer code, e.g. `&CСтр. &P из &N`.
  public func rendered() throws(XLSXError) -> String {
    func render(_ segments: [Segment]) -> String {
      segments.map { segment in
        switch segment {
        case .text(let text):
          text.replacingAmpersands().filter { $0 != "\n" && $0 != "\r" && $0 != "\0" }
        case .pageNumber: "&P"
        case .pageCount: "&N"
        }
      }.joined()
    }
    var result = ""
    if !left.isEmpty { result += "&L" + render(left) }
    if !center.isEmpty { result += "&C" + render(center) }
    if !right.isEmpty { result += "&R" + render(right) }
    guard result.count <= Self.maximumLength else {
      throw XLSXError(.limitExceeded(what: "a page header or footer", limit: Self.maximumLength))
    }
    return result
  }
}

extension String {
  /// `&` is Excel's escape in headers and footers; a literal one is `&&`.
  fileprivate func replacingAmpersands() -> String {
    var result = ""
    for character in self {
      result.append(character)
      if character == "&" { result.append("&") }
    }
    return result
  }
}
