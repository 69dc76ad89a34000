/// Text an XLSX file can hold. Its parts are XML 1.0, which has no place
/// for C0 control characters other than tab, line feed and carriage return,
/// nor for the noncharacters U+FFFE and U+FFFF; libxlsxwriter 1.1.4 escapes
/// control characters in cells only, and noncharacters nowhere, so one such
/// character in a title made a workbook Excel and openpyxl refuse.
enum XMLText {
  /// The text with those characters gone: control characters are dropped
  /// (they show as nothing anyway), noncharacters become U+FFFD, the sign
  /// for a character that could not be kept.
  static func clean(_ text: String) -> String {
    guard needsCleaning(text) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: scalars.append(scalar)
      case 0x00..<0x20: continue
      case 0xFFFE, 0xFFFF: scalars.append("\u{FFFD}")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Checked on bytes: this runs for every cell of a forum's workbook. In
  /// UTF-8 a control character is one byte below 0x20, and U+FFFE/U+FFFF
  /// are EF BF BE / EF BF BF.
  static func needsCleaning(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
          bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
        {
          return true
        }
        index += 1
      }
      return false
    }
  }
}
