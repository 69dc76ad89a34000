/// iCalendar's content lines (RFC 5545 §3.1): text values escaped, lines
/// folded at 75 octets with CRLF and a space, never inside a UTF-8
/// character, so every calendar program reads the same text back.
struct ContentLines {
  private(set) var text = ""

  /// The longest a line may be, in octets, before its break.
  static let foldWidth = 75

  /// Adds `NAME[;PARAMS]:value`, the value as given (already a valid value
  /// of its type: a date-time, an integer, escaped text).
  mutating func add(_ name: String, _ value: String) {
    fold(name + ":" + value)
  }

  /// Adds a TEXT property: `\`, `;`, `,` and line breaks escaped.
  mutating func add(text name: String, _ value: String) {
    add(name, Self.escaped(value))
  }

  /// TEXT escaping (§3.3.11): a backslash, a semicolon and a comma are
  /// preceded by a backslash; a line break of any kind becomes `\n`; other
  /// control characters, which no calendar can show, are dropped.
  static func escaped(_ value: String) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    var previousWasCR = false
    for scalar in value.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousWasCR { result += "\\n" }
      case "\u{85}", "\u{2028}", "\u{2029}": result += "\\n"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        if scalar == "\t" { result += " " }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Writes one logical line, folded: each physical line holds at most 75
  /// octets (the leading space of a continuation counts), and a break falls
  /// only between Unicode scalars.
  private mutating func fold(_ line: String) {
    var octets = 0
    var limit = Self.foldWidth
    for scalar in line.unicodeScalars {
      let size = UTF8.width(scalar)
      if octets + size > limit {
        text += "\r\n "
        octets = 0
        limit = Self.foldWidth - 1
      }
      text.unicodeScalars.append(scalar)
      octets += size
    }
    text += "\r\n"
  }
}
