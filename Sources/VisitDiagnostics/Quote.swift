/// How messages quote what the user wrote: "straight quotes" in English,
/// «ёлочки» in Russian, cut to 120 characters (long event titles fit) so a
/// message stays readable even when the file holds a megabyte-long key.
public enum Quote {
  public static func english(_ text: String) -> String { "\"\(shortened(text))\"" }

  /// «гостиница „Россия“»: quotes inside Russian quotes are „лапки“, as
  /// Russian typography nests them.
  public static func russian(_ text: String) -> String {
    let short = shortened(text)
    // «» are U+00AB/U+00BB: their UTF-8 starts with 0xC2, then 0xAB/0xBB.
    // Scanning bytes spares a grapheme walk over every quoted title.
    let hasGuillemet = short.utf8.withContiguousStorageIfAvailable { bytes in
      zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && ($1 == 0xAB || $1 == 0xBB) }
    }
    guard hasGuillemet ?? (short.contains("«") || short.contains("»")) else {
      return "«\(short)»"
    }
    var nested = ""
    for character in short {
      switch character {
      case "«": nested.append("„")
      case "»": nested.append("“")
      default: nested.append(character)
      }
    }
    return "«\(nested)»"
  }

  public static let maximumLength = 120

  /// The text cut to `maximumLength`, at a word boundary where one is near.
  static func shortened(_ text: String) -> String {
    // Counted in Unicode scalars: cheap, and the same as characters for the
    // scripts of visit files.
    let scalars = text.unicodeScalars
    guard text.utf8.count > maximumLength, scalars.count > maximumLength else { return text }
    var kept = Substring(String(String.UnicodeScalarView(scalars.prefix(maximumLength - 1))))
    let next = scalars[scalars.index(scalars.startIndex, offsetBy: maximumLength - 1)]
    let insideWord =
      (kept.last.map { $0.isLetter || $0.isNumber } ?? false)
      && (next.properties.isAlphabetic || next.properties.numericType != nil)
    if insideWord, let space = kept.lastIndex(of: " "),
      kept.distance(from: kept.startIndex, to: space) * 3 >= kept.count * 2
    {
      kept = kept[..<space]
    }
    while kept.last == " " || kept.last == "," { kept = kept.dropLast() }
    return kept + "…"
  }
}
