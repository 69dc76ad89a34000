import VisitDiagnostics

/// A JSON value whose objects keep their key order, printed deterministically.
enum JSONValue {
  case string(String)
  case integer(Int)
  case number(Double)
  case boolean(Bool)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// Pretty-printed with two-space indentation and a final newline.
  func rendered() -> String {
    var output = ""
    write(into: &output, indent: 0)
    return output + "\n"
  }

  private func write(into output: inout String, indent: Int) {
    let padding = String(repeating: "  ", count: indent + 1)
    let closing = String(repeating: "  ", count: indent)
    switch self {
    case .string(let text): output += JSONString.quote(text)
    case .integer(let number): output += String(number)
    case .number(let number):
      output +=
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .boolean(let value): output += value ? "true" : "false"
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      if items.allSatisfy(\.isScalar) {
        output += "["
        for (index, item) in items.enumerated() {
          if index > 0 { output += ", " }
          item.write(into: &output, indent: indent)
        }
        output += "]"
        return
      }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += padding
        item.write(into: &output, indent: indent + 1)
        output += index == items.count - 1 ? "\n" : ",\n"
      }
      output += closing + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += padding + JSONString.quote(key) + ": "
        value.write(into: &output, indent: indent + 1)
        output += index == members.count - 1 ? "\n" : ",\n"
      }
      output += closing + "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }
}
