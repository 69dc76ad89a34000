/// Inline YAML with position markers: `1️⃣`, `2️⃣` … are removed and their
/// line and column recorded, so a test says where it expects a diagnostic
/// without counting columns by hand (as swift-format's tests do).
public struct MarkedText {
  public let text: String
  /// Marker → (line, column), 1-based, columns in Unicode scalars.
  public let markers: [String: (line: Int, column: Int)]

  public static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  public init(_ marked: String) {
    var text = ""
    var markers: [String: (line: Int, column: Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while let character = rest.first {
      for name in Self.markerNames where rest.hasPrefix(name) {
        markers[name] = (line, column)
        rest = rest.dropFirst(name.count)
        continue outer
      }
      text.append(character)
      rest = rest.dropFirst()
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    self.text = text
    self.markers = markers
  }

  public subscript(marker: String) -> (line: Int, column: Int) {
    markers[marker] ?? (0, 0)
  }
}
