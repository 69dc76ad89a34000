/// Finding one text inside another in time proportional to their length.
///
/// `String.contains(_:)` compares grapheme by grapheme and, on a long text
/// it does not find, takes time proportional to the product of the lengths:
/// a 25,000-flag title made one report take a quarter of a minute. Visit
/// texts are compared after folding to lower case, where a match of UTF-8
/// bytes is a match of characters; Knuth–Morris–Pratt finds it in linear
/// time, however long the needle.
public enum TextSearch {
  /// Whether `needle` occurs in `haystack`, byte for byte. An empty needle
  /// is never found, as with `String.contains`.
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return false }
    // failure[i]: the length of the longest proper prefix of pattern[0...i]
    // that is also its suffix.
    var failure = [Int](repeating: 0, count: pattern.count)
    var length = 0
    for index in 1..<max(1, pattern.count) {
      while length > 0 && pattern[index] != pattern[length] { length = failure[length - 1] }
      if pattern[index] == pattern[length] { length += 1 }
      failure[index] = length
    }
    var matched = 0
    for byte in haystack.utf8 {
      while matched > 0 && byte != pattern[matched] { matched = failure[matched - 1] }
      if byte == pattern[matched] { matched += 1 }
      if matched == pattern.count { return true }
    }
    return false
  }
}
