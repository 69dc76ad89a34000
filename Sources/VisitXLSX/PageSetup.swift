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
  /// Rows that start a new printed page (manual breaks), at most 1023 as
  /// Excel allows.
  public var rowBreaks: [Int] = []

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
      && lhs.centersHorizontally == rhs.centersHorizontally && lhs.rowBreaks == rhs.rowBreaks
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
/// characters (1.1.4's limit, which Excel shares), counted as 1.1.4 counts
/// them: in Unicode code points.
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
        case .text(let text): Self.escaped(text)
        case .pageNumber: "&P"
        case .pageCount: "&N"
        }
      }.joined()
    }
    var result = ""
    if !left.isEmpty { result += "&L" + render(left) }
    if !center.isEmpty { result += "&C" + render(center) }
    if !right.isEmpty { result += "&R" + render(right) }
    guard result.unicodeScalars.count <= Self.maximumLength else {
      throw XLSXError(.limitExceeded(what: "a page header or footer", limit: Self.maximumLength))
    }
    return result
  }

  /// The text cut so that its escaped form takes at most `length` code
  /// points, "…" included when it is cut — at a word boundary where one is
  /// near (`TextCut`).
  public static func cut(_ text: String, toEscapedLength length: Int) -> String {
    guard escaped(text).unicodeScalars.count > length else { return text }
    var kept = ""
    var used = 1  // the "…"
    var previous: Character?
    var next: Character?
    for character in text {
      var cost = escaped(String(character)).unicodeScalars.count
      if previous == "&",
        character.unicodeScalars.first == "G" || character.unicodeScalars.first == "["
      {
        cost += 1  // the word joiner
      }
      guard used + cost <= length else {
        next = character
        break
      }
      kept.append(character)
      used += cost
      previous = character
    }
    let insideWord =
      (previous.map { $0.isLetter || $0.isNumber } ?? false)
      && (next.map { $0.isLetter || $0.isNumber } ?? false)
    return TextCut.ending(Substring(kept), cutInsideWord: insideWord)
  }

  /// The text as header code: what XML cannot hold and line breaks dropped,
  /// `&` doubled. 1.1.4 takes `&G` and `&[Picture]` for picture placeholders
  /// even after an escaped `&&`, and on finding no picture frees the header
  /// while keeping its pointer (a double free when the file is closed); an
  /// invisible word joiner (U+2060) after such an `&&` keeps the text as
  /// written on the page and out of that path.
  static func escaped(_ text: String) -> String {
    var result = ""
    var previousWasAmpersand = false
    for scalar in XMLText.clean(text).unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t":
        previousWasAmpersand = false
        continue
      case "&":
        result += "&&"
        previousWasAmpersand = true
        continue
      case "G", "[":
        if previousWasAmpersand { result.unicodeScalars.append("\u{2060}") }
      default:
        break
      }
      result.unicodeScalars.append(scalar)
      previousWasAmpersand = false
    }
    return result
  }
}
