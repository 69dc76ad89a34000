import Plot

/// Every piece of user text that reaches the page goes through here: titles,
/// names, notes and messages are escaped for text and for attribute values
/// alike (`&`, `<`, `>`, `"`, `'`), so no file can put markup or script into
/// the page.
///
/// Plot leaves attribute values as given and keeps anything that looks like
/// an entity in text (a title "&lt;b&gt;" would show as "<b>"), so the page
/// escapes by itself and hands Plot finished text.
enum HTMLText {
  static func escaped(_ text: String) -> String {
    var needs = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
        UInt8(ascii: "'"):
        needs = true
      default: continue
      }
      break
    }
    guard needs else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Node {
  /// User text, escaped.
  static func escaped(_ text: String) -> Node { .raw(HTMLText.escaped(text)) }

  /// An attribute whose value may hold user text, escaped.
  static func attr(_ name: String, _ value: String) -> Node {
    .attribute(named: name, value: HTMLText.escaped(value))
  }

  /// An element by name, for the few Plot has no typed form of (`bdi`,
  /// `time`, ARIA-only `div`s read the same either way).
  static func tag(_ name: String, _ nodes: Node...) -> Node {
    .element(named: name, nodes: nodes)
  }

  static func tag(_ name: String, _ nodes: [Node]) -> Node {
    .element(named: name, nodes: nodes)
  }
}
