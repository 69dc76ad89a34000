/// A tag of a template with its exact position. Stencil's own lexer finds a
/// token's line by searching for the line's text, so two identical lines
/// both report the first; these positions are exact and are what messages
/// show.
struct TemplateToken: Sendable {
  enum Kind: Sendable {
    case text
    case variable
    case block
    case comment
  }

  let kind: Kind
  /// Inside the delimiters and the trim markers, lines joined by spaces, as
  /// Stencil reads it.
  let contents: String
  let line: Int
  let column: Int
}

/// Splits a template the way Stencil's scanner does: `{{ … }}`, `{% … %}`,
/// `{# … #}`, and text between.
enum TemplateTokenizer {
  static func tokenize(_ template: String) -> [TemplateToken] {
    let scalars = Array(template.unicodeScalars)
    var tokens: [TemplateToken] = []
    var index = 0
    var line = 1
    var column = 1
    var textStart: (index: Int, line: Int, column: Int) = (0, 1, 1)

    func advance(to end: Int) {
      while index < end {
        if scalars[index] == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
      }
    }

    while index < scalars.count {
      if scalars[index] == "{", index + 1 < scalars.count,
        let kind = kind(of: scalars[index + 1])
      {
        if textStart.index < index {
          tokens.append(
            TemplateToken(
              kind: .text,
              contents: String(String.UnicodeScalarView(scalars[textStart.index..<index])),
              line: textStart.line, column: textStart.column))
        }
        let closing: Unicode.Scalar = kind == .variable ? "}" : kind == .block ? "%" : "#"
        var end = index + 2
        while end + 1 < scalars.count && !(scalars[end] == closing && scalars[end + 1] == "}") {
          end += 1
        }
        let bodyEnd = min(end, scalars.count)
        let body = String(String.UnicodeScalarView(scalars[(index + 2)..<max(index + 2, bodyEnd)]))
        tokens.append(
          TemplateToken(
            kind: kind, contents: clean(body, isBlock: kind == .block), line: line,
            column: column))
        advance(to: min(end + 2, scalars.count))
        textStart = (index, line, column)
        continue
      }
      advance(to: index + 1)
    }
    if textStart.index < scalars.count {
      tokens.append(
        TemplateToken(
          kind: .text, contents: String(String.UnicodeScalarView(scalars[textStart.index...])),
          line: textStart.line, column: textStart.column))
    }
    return tokens
  }

  private static func kind(of scalar: Unicode.Scalar) -> TemplateToken.Kind? {
    switch scalar {
    case "{": .variable
    case "%": .block
    case "#": .comment
    default: nil
    }
  }

  /// Drops the trim markers (`{%-`, `-%}`, `+`) and joins lines.
  private static func clean(_ body: String, isBlock: Bool) -> String {
    var text = Substring(body)
    if isBlock && (text.first == "-" || text.first == "+") { text = text.dropFirst() }
    if isBlock && (text.last == "-" || text.last == "+") { text = text.dropLast() }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: " ") }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }
}

extension Substring {
  func trimmingCharacters(in character: Character) -> Substring {
    var text = self
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return text
  }
}

/// Splits `a|b:"x, y"|c` on a separator outside quotes.
func splitOutsideQuotes(_ text: Substring, on separator: Character) -> [Substring] {
  var parts: [Substring] = []
  var quote: Character?
  var start = text.startIndex
  var index = text.startIndex
  while index < text.endIndex {
    let character = text[index]
    if let open = quote {
      if character == open { quote = nil }
    } else if character == "\"" || character == "'" {
      quote = character
    } else if character == separator {
      parts.append(text[start..<index])
      start = text.index(after: index)
    }
    index = text.index(after: index)
  }
  parts.append(text[start..<text.endIndex])
  return parts
}
