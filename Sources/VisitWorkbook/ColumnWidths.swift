/// Column widths and row heights from content, since libxlsxwriter 1.1.4 has
/// no autofit and LibreOffice does not refit wrapped rows when it opens a
/// file. Widths are in Excel's units (about one digit of the default font,
/// 1.98 mm); LibreOffice and Excel fit about 1.25 letters of 11-point Times
/// New Roman per unit, and the estimates below stay a little under that.
struct ColumnWidths {
  private var longest: [Int]
  private var longestWord: [Int]
  private let limits: [ClosedRange<Double>]

  /// Printable width of A4 with 20 + 10 mm side margins, in Excel units.
  static let landscapePage = 134.0
  static let portraitPage = 90.0
  /// Letters per unit of width, regular and bold.
  static let lettersPerUnit = 1.15
  static let boldLettersPerUnit = 1.0
  static let maximumWordFloor = 14.0

  /// The lengths of the pieces a viewer may break a line into: words, and
  /// the parts of hyphenated words (the hyphen stays with the first part).
  static func words(_ line: Substring) -> [Int] {
    line.split(separator: " ").flatMap { word in
      var parts: [Int] = []
      var length = 0
      for character in word {
        length += 1
        if character == "-" {
          parts.append(length)
          length = 0
        }
      }
      if length > 0 { parts.append(length) }
      return parts
    }
  }

  init(limits: [ClosedRange<Double>]) {
    self.limits = limits
    longest = Array(repeating: 0, count: limits.count)
    longestWord = Array(repeating: 0, count: limits.count)
  }

  mutating func measure(_ text: String, column: Int, bold: Bool = false) {
    guard column < longest.count else { return }
    let scale = bold ? Self.lettersPerUnit / Self.boldLettersPerUnit : 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      longest[column] = max(longest[column], Int((Double(line.count) * scale).rounded(.up)))
      for word in Self.words(line) {
        longestWord[column] = max(longestWord[column], Int((Double(word) * scale).rounded(.up)))
      }
    }
  }

  /// The longest line, clamped to the column's limits and never narrower
  /// than its longest word (up to the upper limit); then the columns with
  /// room to spare narrowed until the table fits `pageWidth` (fit-to-width
  /// would otherwise shrink the whole print).
  func widths(fitting pageWidth: Double) -> [Double] {
    // A word wider than `maximumWordFloor` is left to break: widening a
    // column for it would shrink the whole printed page.
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

  /// Lines a text takes in a column of `width` units, wrapped at spaces the
  /// way viewers wrap it: a word that does not fit starts a new line; a word
  /// longer than a line is broken.
  static func lines(_ text: String, width: Double, bold: Bool = false) -> Int {
    let capacity = max(
      1, Int(((width - 1) * (bold ? boldLettersPerUnit : lettersPerUnit)).rounded(.down)))
    var total = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var lines = 1
      var used = 0
      for (position, piece) in Self.wordsWithJoins(paragraph).enumerated() {
        let (length, joined) = piece
        let separator = joined ? 0 : 1
        if position > 0, used + separator + length <= capacity {
          used += separator + length
        } else {
          // A new line (the paragraph's first, or a word that does not fit);
          // a word longer than a line breaks over several.
          lines += (position > 0 ? 1 : 0) + (length - 1) / capacity
          used = (length - 1) % capacity + 1
        }
      }
      total += lines
    }
    return max(1, total)
  }

  /// The breakable pieces of a paragraph, each with whether it follows the
  /// previous one without a space (the rest of a hyphenated word).
  static func wordsWithJoins(_ paragraph: Substring) -> [(Int, Bool)] {
    var result: [(Int, Bool)] = []
    for word in paragraph.split(separator: " ") {
      for (index, length) in words(word).enumerated() { result.append((length, index > 0)) }
    }
    return result
  }

  /// The height in points of a row whose tallest cell has `lines` lines.
  static func height(lines: Int, fontSize: Double = 11) -> Double {
    min(409, Double(lines) * (fontSize * 1.25) + 3)
  }
}
