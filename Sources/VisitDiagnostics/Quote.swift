/// How messages quote what the user wrote: "straight quotes" in English,
/// «ёлочки» in Russian, cut to 120 characters (long event titles fit) so a
/// message stays readable even when the file holds a megabyte-long key.
public enum Quote {
  public static func english(_ text: String) -> String { "\"\(shortened(text))\"" }
  public static func russian(_ text: String) -> String { "«\(shortened(text))»" }

  public static let maximumLength = 120

  static func shortened(_ text: String) -> String {
    // Counted in Unicode scalars: cheap, and the same as characters for the
    // scripts of visit files.
    let scalars = text.unicodeScalars
    guard text.utf8.count > maximumLength, scalars.count > maximumLength else { return text }
    return String(String.UnicodeScalarView(scalars.prefix(maximumLength - 1))) + "…"
  }
}
