/// Wraps plain text to a width counted in characters (not bytes: a Cyrillic
/// letter is two bytes and one column). A wrapped line continues under its
/// own text: after its indentation, after a list number ("12. "), or after a
/// column gap of two or more spaces ("10:00–11:30  Встреча …"). Lines are
/// not broken after an initial ("С."), "№" or a one-letter word (в, с, и),
/// nor before "г." — as a careful typist would not.
public struct TextWrapper: Sendable {
  public var width: Int

  public init(width: Int) {
    self.width = max(width, 10)
  }

  public func wrap(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrapLine(String($0)) }
      .joined(separator: "\n")
  }

  func wrapLine(_ line: String) -> String {
    guard line.count > width else { return line }
    let characters = Array(line)
    let indent = continuationIndent(characters)
    // The first line keeps its text up to where continuation lines start
    // (a time and its column gap, a list number) exactly as written.
    let kept = indent > 0 && indent < width / 2 ? indent : 0
    let prefix = String(characters[..<kept])
    let words = glued(String(characters[kept...]).split(separator: " ").map(String.init))
    var lines: [String] = []
    var current = prefix
    var currentHasWord = false
    for word in words {
      let needed = current.count + (currentHasWord ? 1 : 0) + word.count
      if currentHasWord && needed > width {
        lines.append(current)
        current = String(repeating: " ", count: indent) + word
      } else {
        current += (currentHasWord ? " " : "") + word
      }
      currentHasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
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
      if word == "г." || word == "гг." || word.hasPrefix("г.,") {
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

  private func isClingingToNext(_ word: String) -> Bool {
    if word == "№" { return true }
    let letters = word.filter(\.isLetter)
    // An initial or a short abbreviation: "С.", "А.Г.", "с.", "ул.", "д."
    if word.hasSuffix("."), letters.count <= 3, word.count <= 4 {
      return true
    }
    // A one-letter word: в, с, к, и, а, о, у, я.
    return word.count == 1 && letters.count == 1
  }
}
