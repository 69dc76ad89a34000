/// Wraps plain text to a width counted in characters (not bytes: a Cyrillic
/// letter is two bytes and one column). A wrapped line continues under its
/// own text: after its indentation, after a list number ("12. "), or after a
/// column gap of two or more spaces ("10:00–11:30  Встреча …"). Lines are
/// not broken after an initial ("С."), "№", a one-letter word (в, с, и) or
/// a day number ("12 November", "3 декабря"), nor before "г." — as a
/// careful typist would not.
public struct TextWrapper: Sendable {
  public var width: Int

  public init(width: Int) {
    self.width = max(width, 10)
  }

  public func wrap(_ text: String) -> String {
    // Lines are split on the line-feed byte: splitting by characters walks
    // grapheme boundaries through the whole document.
    text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { wrapLine(String(Substring($0))) }
      .joined(separator: "\n")
  }

  func wrapLine(_ line: String) -> String {
    // A line's UTF-8 size bounds its length: most lines are decided at once;
    // otherwise only the first `width` + 1 characters are walked.
    guard line.utf8.count > width else { return line }
    // Where every scalar is a character of its own (nearly every line of a
    // document), characters are taken as scalars, without grapheme breaking.
    let simpleLength = Self.simpleLength(of: line)
    guard (simpleLength ?? line.count) > width else { return line }
    // Indentation, list numbers and column gaps are near the start.
    let head =
      simpleLength == nil
      ? Array(line.prefix(width + 2)) : line.unicodeScalars.prefix(width + 2).map(Character.init)
    let indent = continuationIndent(head)
    // The first line keeps its text up to where continuation lines start
    // (a time and its column gap, a list number) exactly as written.
    let kept = indent > 0 && indent < width / 2 ? indent : 0
    let prefix = String(head[..<kept])
    // Split on the space byte: splitting by characters walks grapheme
    // boundaries, and long lines of names are what documents are made of.
    let rest =
      simpleLength == nil ? line.dropFirst(kept) : Substring(line.unicodeScalars.dropFirst(kept))
    let words = glued(
      rest.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) })
    let continuation = String(repeating: " ", count: indent)
    var lines: [String] = []
    var current = prefix
    // Lengths are kept as numbers: counting a String walks it.
    var currentLength = kept
    var currentHasWord = false
    for word in words {
      let wordLength = Self.length(of: word)
      let needed = currentLength + (currentHasWord ? 1 : 0) + wordLength
      if currentHasWord && needed > width {
        lines.append(current)
        current = continuation + word
        currentLength = indent + wordLength
      } else {
        if currentHasWord { current += " " }
        current += word
        currentLength = needed
      }
      currentHasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// A word's length in characters, counted as scalars where every scalar
  /// is a character of its own (Latin, Cyrillic, general punctuation); any
  /// other word is walked by grapheme, which is slow but rare.
  static func length(of word: String) -> Int {
    simpleLength(of: word) ?? word.count
  }

  /// The number of scalars when each is a character of its own, else nil.
  static func simpleLength(of text: String) -> Int? {
    var count = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      // Not CR (a grapheme with LF), not combining marks (U+0300 on,
      // U+0483–0489 among Cyrillic letters).
      case 0x20...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E: count += 1
      default: return nil
      }
    }
    return count
  }

  /// Where continuation lines start.
  func continuationIndent(_ characters: [Character]) -> Int {
    let leading = characters.prefix(while: { $0 == " " }).count
    // A column gap of two or more spaces within the first half of the line.
    var index = leading
    while index + 1 < min(characters.count, width / 2) {
      if characters[index] == " " && characters[index + 1] == " " {
        var end = index
        while end < characters.count && characters[end] == " " { end += 1 }
        return end
      }
      index += 1
    }
    // A list marker: "12. ", "1) ", "– ", "• ".
    var marker = leading
    while marker < characters.count && characters[marker].isNumber { marker += 1 }
    if marker > leading, marker + 1 < characters.count,
      characters[marker] == "." || characters[marker] == ")", characters[marker + 1] == " "
    {
      return marker + 2
    }
    if leading + 1 < characters.count, ["–", "—", "-", "•", "*"].contains(characters[leading]),
      characters[leading + 1] == " "
    {
      return leading + 2
    }
    return leading
  }

  /// Words joined with the word after them where a break would read badly;
  /// the joins are spaces that `wrapLine` never breaks.
  func glued(_ words: [String]) -> [String] {
    var result: [String] = []
    var pending: String?
    for word in words {
      var current = word
      if let previous = pending {
        current = previous + " " + word
        pending = nil
      }
      if Self.isYearAbbreviation(word) {
        if let last = result.popLast() { current = last + " " + current }
      }
      if isClingingToNext(word) {
        pending = current
      } else {
        result.append(current)
      }
    }
    if let pending { result.append(pending) }
    return result
  }

  /// "г.", "гг.", "г.,": compared as bytes, which is what they are.
  private static func isYearAbbreviation(_ word: String) -> Bool {
    let bytes = word.utf8
    return bytes.elementsEqual("г.".utf8) || bytes.elementsEqual("гг.".utf8)
      || bytes.starts(with: "г.,".utf8)
  }

  private func isClingingToNext(_ word: String) -> Bool {
    // Four characters take at most sixteen bytes: longer words never cling.
    guard word.utf8.count <= 16 else { return false }
    if word.utf8.elementsEqual("№".utf8) { return true }
    // A day of the month: one or two digits, as in "12 November 2000".
    if (1...2).contains(word.utf8.count),
      word.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    {
      return true
    }
    // Characters and letters, counted on code points: a combining mark is
    // part of the character before it.
    var count = 0
    var letters = 0
    for scalar in word.unicodeScalars {
      // Latin and Russian letters and ASCII signs without the property tables.
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0x401, 0x410...0x44F, 0x451:
        letters += 1
        count += 1
        continue
      case 0x20...0x7E:
        count += 1
        continue
      default: break
      }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark:
        continue
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        letters += 1
      default:
        break
      }
      count += 1
    }
    // An initial or a short abbreviation: "С.", "А.Г.", "с.", "ул.", "д."
    if word.utf8.last == UInt8(ascii: "."), letters <= 3, count <= 4 {
      return true
    }
    // A one-letter word: в, с, к, и, а, о, у, я.
    return count == 1 && letters == 1
  }
}
