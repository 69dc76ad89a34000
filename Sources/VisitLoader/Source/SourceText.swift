import VisitCore

/// The text of a visit file, decoded and indexed by line.
///
/// Lines are split exactly as libyaml splits them (LF, CR, CRLF, NEL, LS,
/// PS), so that a position computed here and a position reported by the YAML
/// parser agree.
struct SourceText {
  /// The text without a leading byte-order mark.
  let text: String

  /// UTF-8 offset of the start of each line, first line at index 0. Worked
  /// out on demand: only error paths need it, and a forum-sized file has a
  /// million lines.
  var lineStarts: [Int] { Self.lineStarts(of: text) }

  /// Why bytes could not be decoded.
  struct InvalidEncoding: Error {
    /// Where the first byte that is not UTF-8 is.
    let location: SourceLocation
  }

  /// Decodes UTF-8, dropping a byte-order mark.
  init(decoding bytes: [UInt8]) throws(InvalidEncoding) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) {
      self.init(validText: text)
      return
    }
    let content = Array(body)
    let offset = Self.firstInvalidUTF8Offset(in: content) ?? 0
    let prefix = String(decoding: content[..<offset], as: UTF8.self)
    let starts = Self.lineStarts(of: prefix)
    let lineStart = starts.last ?? 0
    let column =
      String(decoding: content[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
    throw InvalidEncoding(location: SourceLocation(line: starts.count, column: column))
  }

  init(validText: String) {
    self.text = validText
  }

  /// The line and column of a UTF-8 offset into `text`.
  func location(ofUTF8Offset offset: Int) -> SourceLocation {
    let lineStarts = self.lineStarts
    let clamped = max(0, min(offset, text.utf8.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[low])
    let end = utf8.index(utf8.startIndex, offsetBy: clamped)
    let column = text.unicodeScalars[start..<end].count + 1
    return SourceLocation(line: low + 1, column: column)
  }

  /// The UTF-8 offset of a line and column, if the position exists.
  func utf8Offset(of location: SourceLocation) -> Int? {
    let lineStarts = self.lineStarts
    guard location.line >= 1, location.line <= lineStarts.count, location.column >= 1 else {
      return nil
    }
    let scalars = text.unicodeScalars
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: lineStarts[location.line - 1])
    for _ in 1..<location.column {
      guard index < scalars.endIndex else { return nil }
      index = scalars.index(after: index)
    }
    return utf8.distance(from: utf8.startIndex, to: index)
  }

  private static func lineStarts(of text: String) -> [Int] {
    var starts = [0]
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      var breakLength = 0
      if byte == 0x0A {
        breakLength = 1
      } else if byte == 0x0D {
        breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
      } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
        breakLength = 2
      } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      {
        breakLength = 3
      }
      if breakLength > 0 {
        index += breakLength
        starts.append(index)
      } else {
        index += 1
      }
    }
    return starts
  }

  /// The offset of the first byte that does not start or continue a valid
  /// UTF-8 sequence (overlong forms and surrogates are invalid), or nil.
  static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lowerBound: UInt8 = 0x80
      var upperBound: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lowerBound = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        upperBound = 0x9F
      case 0xF0:
        length = 4
        lowerBound = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        upperBound = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      let second = bytes[index + 1]
      guard second >= lowerBound && second <= upperBound else { return index }
      for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }
}
