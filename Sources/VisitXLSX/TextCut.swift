/// Where a text cut short ends: at a word boundary where one is near, as a
/// careful editor would cut "…руководителей территориальных управлений
/// федеральных…" rather than "…федеральных о…".
public enum TextCut {
  /// `kept` (the longest prefix that fits) shortened to its last whole word
  /// when the cut falls inside a word, unless that would lose more than a
  /// third of it; trailing spaces and commas dropped; "…" added.
  public static func ending(_ kept: Substring, cutInsideWord: Bool) -> String {
    var result = kept
    if cutInsideWord, let space = result.lastIndex(of: " "),
      result.distance(from: result.startIndex, to: space) * 3 >= result.count * 2
    {
      result = result[..<space]
    }
    while let last = result.last, last == " " || last == "," || last == ";" || last == ":" {
      result = result.dropLast()
    }
    return result + "…"
  }

  /// Cuts `text` to at most `length` characters, "…" included.
  public static func cut(_ text: String, toCharacters length: Int) -> String {
    guard text.count > length, length > 1 else { return text }
    let end = text.index(text.startIndex, offsetBy: length - 1)
    return ending(text[..<end], cutInsideWord: isInsideWord(text, at: end))
  }

  /// Whether the characters on both sides of `index` are letters or digits.
  static func isInsideWord(_ text: String, at index: String.Index) -> Bool {
    guard index > text.startIndex, index < text.endIndex else { return false }
    let before = text[text.index(before: index)]
    let after = text[index]
    return (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
  }
}
