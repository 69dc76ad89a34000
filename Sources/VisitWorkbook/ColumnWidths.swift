/// Column widths and row heights from content, since libxlsxwriter 1.1.4 has
/// no autofit and LibreOffice does not refit wrapped rows when it opens a
/// file. Widths are in Excel's units (about one digit of the default font,
/// 1.98 mm); LibreOffice (with Carlito, Calibri's metrics) and Excel fit
/// about 1.0–1.1 letters of 11-point Times New Roman per unit, and the
/// estimates below stay a little under that.
/// Texts are measured in Unicode scalars, in one pass each: this runs for
/// every cell of a forum's workbook.
struct ColumnWidths {
  private var longest: [Int]
  private var longestWord: [Int]
  private let limits: [ClosedRange<Double>]

  /// Printable width of A4 with 20 + 10 mm side margins, in Excel units.
  static let landscapePage = 134.0
  static let portraitPage = 90.0
  /// Letters per unit of width, regular and bold: measured in LibreOffice
  /// with Carlito (Excel's metrics), Times New Roman 11 wraps a 27-unit
  /// column after 26–28 letters; a little under that, so a row never clips.
  static let lettersPerUnit = 1.05
  static let boldLettersPerUnit = 1.0
  /// A column is not widened past this for one long word: that would shrink
  /// the whole printed page; the word breaks instead.
  static let maximumWordFloor = 14.0

  init(limits: [ClosedRange<Double>]) {
    self.limits = limits
    longest = Array(repeating: 0, count: limits.count)
    longestWord = Array(repeating: 0, count: limits.count)
  }

  /// Measures a text for its column; returns its length in Unicode scalars
  /// and whether it has several lines, so a caller can tell at once that it
  /// fits one line without scanning it again.
  @discardableResult
  mutating func measure(_ text: String, column: Int, bold: Bool = false) -> (
    length: Int, isMultiline: Bool
  ) {
    let shape = Self.shape(of: text)
    guard column < longest.count else { return (shape.length, shape.lines > 1) }
    let scale = bold ? Self.lettersPerUnit / Self.boldLettersPerUnit : 1
    longest[column] = max(longest[column], Int((Double(shape.longestLine) * scale).rounded(.up)))
    longestWord[column] = max(
      longestWord[column], Int((Double(shape.longestWord) * scale).rounded(.up)))
    return (shape.length, shape.lines > 1)
  }

  /// Widens a column to hold `characters` without scanning a text (dates,
  /// times: their width is known).
  mutating func reserve(_ characters: Int, column: Int) {
    guard column < longest.count else { return }
    longest[column] = max(longest[column], characters)
    longestWord[column] = max(longestWord[column], characters)
  }

  /// What a text looks like, in one pass over its Unicode scalars: its
  /// length, its number of lines, its longest line, and its longest
  /// unbreakable piece (a word, or a part of a hyphenated word with its hyphen).
  static func shape(of text: String) -> (
    length: Int, lines: Int, longestLine: Int, longestWord: Int
  ) {
    var length = 0
    var lines = 1
    var line = 0
    var word = 0
    var longestLine = 0
    var longestWord = 0
    for scalar in text.unicodeScalars {
      length += 1
      switch scalar {
      case "\n":
        longestLine = max(longestLine, line)
        longestWord = max(longestWord, word)
        lines += 1
        line = 0
        word = 0
      case " ":
        longestWord = max(longestWord, word)
        line += 1
        word = 0
      case "-":
        line += 1
        word += 1
        longestWord = max(longestWord, word)
        word = 0
      default:
        line += 1
        word += 1
      }
    }
    return (length, lines, max(longestLine, line), max(longestWord, word))
  }

  /// Letters that fit on one line of a column `width` units wide.
  static func capacity(width: Double, bold: Bool = false) -> Int {
    max(1, Int(((width - 1) * (bold ? boldLettersPerUnit : lettersPerUnit)).rounded(.down)))
  }

  /// The longest line, clamped to the column's limits and never narrower
  /// than its longest word (up to the upper limit and `maximumWordFloor`);
  /// then the columns with room to spare narrowed until the table fits
  /// `pageWidth` (fit-to-width would otherwise shrink the whole print).
  func widths(fitting pageWidth: Double) -> [Double] {
    let floors = longestWord.indices.map { column in
      min(
        max(
          min(Double(longestWord[column]) / Self.lettersPerUnit + 1.5, Self.maximumWordFloor),
          limits[column].lowerBound),
        limits[column].upperBound)
    }
    var widths = longest.indices.map { column in
      min(
        max(Double(longest[column]) / Self.lettersPerUnit + 1.5, floors[column]),
        limits[column].upperBound)
    }
    let excess = widths.reduce(0, +) - pageWidth
    let slack = widths.indices.map { widths[$0] - floors[$0] }
    let totalSlack = slack.reduce(0, +)
    if excess > 0, totalSlack > 0 {
      let share = min(1, excess / totalSlack)
      for column in widths.indices { widths[column] -= slack[column] * share }
    }
    return widths.map { ($0 * 4).rounded() / 4 }
  }

  /// Lines a text takes in a column of `width` units, wrapped the way
  /// viewers wrap: at spaces and after hyphens; a piece that does not fit
  /// starts a new line; a piece longer than a line is broken.
  static func lines(_ text: String, width: Double, bold: Bool = false) -> Int {
    var wrapper = LineWrapper(capacity: capacity(width: width, bold: bold))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": wrapper.newLine()
      case " ": wrapper.space()
      case "-": wrapper.hyphen()
      default: wrapper.letter()
      }
    }
    wrapper.place()
    return wrapper.lines
  }

  /// The height in points of a row whose tallest cell has `lines` lines:
  /// 1.17 × the font size per line, just over what Excel gives Times New
  /// Roman (1.15); LibreOffice sets lines closer still, so rows there keep
  /// a little air rather than clip in Excel.
  static func height(lines: Int, fontSize: Double = 11) -> Double {
    min(409, Double(lines) * (fontSize * 1.17) + 3)
  }
}

/// Greedy line filling, piece by piece, as a viewer wraps a cell.
private struct LineWrapper {
  let capacity: Int
  private(set) var lines = 1
  /// Letters on the current line.
  private var used = 0
  /// Letters of the piece being read.
  private var piece = 0
  /// Whether a space separates the piece from what precedes it on the line.
  private var afterSpace = false
  private var atLineStart = true

  init(capacity: Int) {
    self.capacity = capacity
  }

  mutating func letter() { piece += 1 }

  mutating func space() {
    place()
    afterSpace = true
  }

  mutating func hyphen() {
    piece += 1
    place()
    afterSpace = false
  }

  mutating func newLine() {
    place()
    lines += 1
    used = 0
    atLineStart = true
    afterSpace = false
  }

  /// Puts the piece read so far on the current line, or on new ones.
  mutating func place() {
    guard piece > 0 else { return }
    let separator = afterSpace && !atLineStart ? 1 : 0
    if !atLineStart, used + separator + piece <= capacity {
      used += separator + piece
    } else {
      if !atLineStart { lines += 1 }
      lines += (piece - 1) / capacity
      used = (piece - 1) % capacity + 1
    }
    atLineStart = false
    piece = 0
  }
}
