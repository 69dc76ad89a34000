import Foundation

/// Stencil's own filters, as Stencil 0.15 defines them, for the compiled
/// renderer: a template that uses `default` or `join` need not go to Stencil
/// for that. `filter` (which compiles its argument as a template) is left to
/// Stencil. Each case mirrors Stencil's function of the same name, errors and
/// all; `CompiledTemplateTests` renders them both ways.
enum StencilBuiltInFilter: String, CaseIterable {
  case `default`, capitalize, uppercase, lowercase, join, split, indent

  /// A filter's failure, in Stencil's words.
  struct Failure: Error {
    let reason: String
  }

  func apply(_ value: Any?, _ arguments: [Any?]) throws -> Any? {
    switch self {
    case .default:
      if let value, String(describing: value) != "nil" { return value }
      for argument in arguments {
        if let argument { return argument }
      }
      return nil
    case .capitalize: return try Self.eachOrOne(value) { $0.capitalized }
    case .uppercase: return try Self.eachOrOne(value) { $0.uppercased() }
    case .lowercase: return try Self.eachOrOne(value) { $0.lowercased() }
    case .join:
      guard arguments.count < 2 else {
        throw Failure(reason: "'join' filter takes at most one argument")
      }
      let separator = try stencilPrinted(arguments.first ?? "")
      if let items = value as? [Any] {
        return try items.map { try stencilPrinted($0) }.joined(separator: separator)
      }
      return value
    case .split:
      guard arguments.count < 2 else {
        throw Failure(reason: "'split' filter takes at most one argument")
      }
      let separator = try stencilPrinted(arguments.first ?? " ")
      if let text = value as? String { return text.components(separatedBy: separator) }
      return value
    case .indent:
      return try Self.indent(value, arguments)
    }
  }

  private static func eachOrOne(_ value: Any?, _ change: (String) -> String) throws -> Any? {
    if let items = value as? [Any?] {
      return try items.map { change(try stencilPrinted($0)) }
    }
    return change(try stencilPrinted(value))
  }

  private static func indent(_ value: Any?, _ arguments: [Any?]) throws -> Any? {
    guard arguments.count <= 3 else {
      throw Failure(reason: "'indent' filter can take at most 3 arguments")
    }
    var width = 4
    if let first = arguments.first {
      guard let number = first as? Int else {
        throw Failure(
          reason: "'indent' filter width argument must be an Integer (\(String(describing: first)))"
        )
      }
      width = number
    }
    var character = " "
    if arguments.count > 1 {
      guard let text = arguments[1] as? String else {
        throw Failure(
          reason: "'indent' filter indentation argument must be a String "
            + "(\(String(describing: arguments[1]))")
      }
      character = text
    }
    // A third argument must be a Bool, which the compiled part never passes.
    guard arguments.count < 3 else { throw CompiledTemplate.Unsupported() }
    let indentation = [String](repeating: character, count: max(width, 0)).joined()
    let content = try stencilPrinted(value)
    guard !indentation.isEmpty else { return content }
    var lines = content.components(separatedBy: .newlines)
    let first = lines.removeFirst()
    return lines.reduce(into: [first]) { result, line in
      result.append(line.isEmpty ? "" : "\(indentation)\(line)")
    }.joined(separator: "\n")
  }
}
