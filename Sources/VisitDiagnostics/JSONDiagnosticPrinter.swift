public import VisitCore

/// Prints one file's diagnostics as the JSON object of the spec, on one line,
/// with keys in the spec's order (not alphabetical) so that tools and people
/// see the same shape:
///
/// ```json
/// {"file":"visit.yaml","diagnostics":[{"severity":"error","rule":"person-overlap",
///  "message":"…","line":42,"column":9,"related":[…],"events":[…],"people":[…]}],
///  "summary":{"errors":1,"warnings":0,"notes":0}}
/// ```
public struct JSONDiagnosticPrinter: Sendable {
  public var fileName: String
  public var language: Language

  public init(fileName: String, language: Language) {
    self.fileName = fileName
    self.language = language
  }

  /// The file's object. Past `limit`, the list stops and the summary,
  /// which still counts every diagnostic, says how many were left out
  /// (`"omitted"`, present only then).
  public func render(_ diagnostics: [Diagnostic], limit: DiagnosticLimit = .none) -> String {
    let summary = DiagnosticSummary(diagnostics)
    let items = limit.shown(diagnostics).map(object(for:)).joined(separator: ",")
    let omitted = limit.omitted(from: diagnostics.count)
    return "{\"file\":\(JSONString.quote(fileName)),\"diagnostics\":[\(items)],"
      + "\"summary\":{\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),"
      + "\"notes\":\(summary.notes)\(omitted > 0 ? ",\"omitted\":\(omitted)" : "")}}\n"
  }

  private func object(for diagnostic: Diagnostic) -> String {
    let related = diagnostic.related.map { note in
      "{\"message\":\(JSONString.quote(note.message.text(in: language))),"
        + "\"line\":\(note.location.line),\"column\":\(note.location.column)}"
    }
    let events = diagnostic.events.map { JSONString.quote($0.rawValue) }
    let people = diagnostic.people.map { JSONString.quote($0.rawValue) }
    return "{\"severity\":\(JSONString.quote(diagnostic.severity.rawValue)),"
      + "\"rule\":\(JSONString.quote(diagnostic.rule.slug)),"
      + "\"message\":\(JSONString.quote(diagnostic.message.text(in: language))),"
      + "\"line\":\(diagnostic.location.line),\"column\":\(diagnostic.location.column),"
      + "\"related\":[\(related.joined(separator: ","))],"
      + "\"events\":[\(events.joined(separator: ","))],"
      + "\"people\":[\(people.joined(separator: ","))]}"
  }
}

/// JSON string literals, written by hand so that the output is byte-stable and
/// keeps non-ASCII text readable.
public enum JSONString {
  public static func quote(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
