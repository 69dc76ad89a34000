import VisitCore
import VisitDiagnostics

/// The template language's common part, parsed once and run without Stencil.
///
/// Stencil re-parses every key path, every filter's arguments and every
/// condition each time a node renders, and looks each name up through
/// dictionaries and dynamic casts: on a 50,000-event forum that was most of
/// a report's time (programme 5.75 s with Stencil alone, 2.7 s now). The built-in templates and most users' use
/// only text, `{{ value.field|filter:"argument" }}` (the report filters and
/// Stencil's own but `filter`), `{% if %}`/`{% elif %}`/`{% else %}` with
/// `and`, `or`, `not`, `==` and `!=`, `{% for x in list %}` with `{% empty %}`
/// and `forloop`, `{% include "file" %}` and comments. That part is compiled
/// here into a tree that renders with Stencil's exact semantics (truthiness,
/// equality, lookup, printing); a template that uses anything else — another
/// tag, a loop over pairs, trim markers — returns nil from `compile` and is
/// rendered by Stencil, so the language users write is the same either way.
struct CompiledTemplate {
  fileprivate let nodes: [Node]

  /// Why a template (or a value met while rendering) is outside the part
  /// this renders; the caller renders with Stencil instead.
  struct Unsupported: Error {}

  /// A filter failed while rendering: the message and the tag it was in.
  struct RenderError: Error {
    let message: String
    let file: String
    let contents: String
    let line: Int
  }

  /// Compiles `text` (already folded by `StandaloneTags`), and every file it
  /// includes, or returns nil when any of them is outside the common part.
  static func compile(_ text: String, name: String, folder: TemplateFolder) -> CompiledTemplate? {
    var compiler = Compiler(folder: folder)
    guard let nodes = try? compiler.compile(text, name: name) else { return nil }
    return CompiledTemplate(nodes: nodes)
  }

  /// Renders with the report's values; throws `Unsupported` when a value
  /// needs Stencil's rarer paths, `RenderError` when a filter fails.
  func render(_ values: [String: Any], language: Language) throws -> String {
    var renderer = Renderer(root: values, language: language)
    var output = ""
    try renderer.render(nodes, into: &output)
    return output
  }
}

// MARK: - The tree

private indirect enum Node {
  case text(String)
  case output(Expression, Place)
  /// Branches in order; a nil condition is `else`.
  case branches([(condition: Condition?, body: [Node])], Place)
  case loop(name: String, over: Expression, body: [Node], empty: [Node], Place)
  case include([Node])
}

/// Where a tag is, for messages.
private struct Place {
  let file: String
  let contents: String
  let line: Int
}

private enum Operand {
  case literal(Any)
  /// A name and its fields: `event.site.address`, and a number for the
  /// path, the same wherever it is written, under which its value is kept.
  case path([String], id: Int)
}

private struct Expression {
  let operand: Operand
  let filters: [(filter: Filter, arguments: [Operand])]
}

/// A report filter, or one of Stencil's own (report filters are found first,
/// as Stencil searches the report's extension before its built-ins).
private enum Filter {
  case report(ReportFilter)
  case stencil(StencilBuiltInFilter)
}

private indirect enum Condition {
  case value(Expression)
  case not(Condition)
  case and(Condition, Condition)
  case or(Condition, Condition)
  case equal(Expression, Expression, negated: Bool)
}

// MARK: - Compiling

private struct Compiler {
  let folder: TemplateFolder
  /// Files being compiled, to refuse include cycles (Stencil's to report).
  var including: [String] = []
  /// Each included file's nodes, compiled once.
  var included: [String: [Node]] = [:]
  /// A number for each key path written, in any file.
  var pathIDs: [String: Int] = [:]

  init(folder: TemplateFolder) {
    self.folder = folder
  }

  mutating func compile(_ text: String, name: String) throws -> [Node] {
    guard including.count < 16, !including.contains(name) else {
      throw CompiledTemplate.Unsupported()
    }
    guard Self.isPlain(text) else { throw CompiledTemplate.Unsupported() }
    including.append(name)
    defer { including.removeLast() }
    var tokens = TemplateTokenizer.tokenize(text)[...]
    let (nodes, end) = try block(&tokens, file: name, until: [])
    guard end == nil else { throw CompiledTemplate.Unsupported() }
    return nodes
  }

  /// Nodes up to one of the closing tags; returns the tag's words.
  private mutating func block(
    _ tokens: inout ArraySlice<TemplateToken>, file: String, until closers: Set<String>
  ) throws -> ([Node], [Substring]?) {
    var nodes: [Node] = []
    while let token = tokens.popFirst() {
      let place = Place(file: file, contents: token.contents, line: token.line)
      switch token.kind {
      case .comment: continue
      case .text: nodes.append(.text(token.contents))
      case .variable:
        let words = words(of: token.contents)
        guard !words.contains("if") else { throw CompiledTemplate.Unsupported() }
        nodes.append(.output(try expression(Substring(token.contents)), place))
      case .block:
        let words = words(of: token.contents)
        guard let tag = words.first else { throw CompiledTemplate.Unsupported() }
        if closers.contains(String(tag)) { return (nodes, words) }
        switch tag {
        case "if": nodes.append(try branches(words, &tokens, place: place))
        case "for": nodes.append(try loop(words, &tokens, place: place))
        case "include": nodes.append(try include(words))
        default: throw CompiledTemplate.Unsupported()
        }
      }
    }
    return (nodes, nil)
  }

  private mutating func branches(
    _ opening: [Substring], _ tokens: inout ArraySlice<TemplateToken>, place: Place
  ) throws -> Node {
    var result: [(condition: Condition?, body: [Node])] = []
    var words = opening
    while true {
      let condition: Condition? =
        words.first == "else" ? nil : try self.condition(words.dropFirst())
      guard words.count == 1 || condition != nil else { throw CompiledTemplate.Unsupported() }
      let (body, end) = try block(&tokens, file: place.file, until: ["elif", "else", "endif"])
      result.append((condition, body))
      guard let end, let tag = end.first else { throw CompiledTemplate.Unsupported() }
      if tag == "endif" { break }
      // Nothing may follow `else` but `endif`.
      guard words.first != "else", tag == "else" ? end.count == 1 : true else {
        throw CompiledTemplate.Unsupported()
      }
      words = end
    }
    return .branches(result, place)
  }

  private mutating func loop(
    _ words: [Substring], _ tokens: inout ArraySlice<TemplateToken>, place: Place
  ) throws -> Node {
    // Only `for name in expression`: pairs, `where` and `reversed` go to Stencil.
    guard words.count == 4, words[2] == "in", isName(words[1]) else {
      throw CompiledTemplate.Unsupported()
    }
    let over = try expression(words[3])
    var (body, end) = try block(&tokens, file: place.file, until: ["empty", "endfor"])
    var empty: [Node] = []
    if end?.first == "empty", end?.count == 1 {
      (empty, end) = try block(&tokens, file: place.file, until: ["endfor"])
    }
    guard end?.first == "endfor", end?.count == 1 else { throw CompiledTemplate.Unsupported() }
    return .loop(name: String(words[1]), over: over, body: body, empty: empty, place)
  }

  private mutating func include(_ words: [Substring]) throws -> Node {
    guard words.count == 2, let name = literal(words[1]) else {
      throw CompiledTemplate.Unsupported()
    }
    if let nodes = included[name] { return .include(nodes) }
    guard let loaded = try? folder.load(name) else { throw CompiledTemplate.Unsupported() }
    let nodes = try compile(StandaloneTags.fold(loaded.text), name: loaded.displayName)
    included[name] = nodes
    return .include(nodes)
  }

  /// `or` binds loosest, then `and`, then `not`, then `==` and `!=`, as in
  /// Stencil's `if`.
  private mutating func condition(_ words: ArraySlice<Substring>) throws -> Condition? {
    guard !words.isEmpty else { return nil }
    if let index = words.lastIndex(of: "or") {
      guard let left = try condition(words[..<index]),
        let right = try condition(words[(index + 1)...])
      else { throw CompiledTemplate.Unsupported() }
      return .or(left, right)
    }
    if let index = words.lastIndex(of: "and") {
      guard let left = try condition(words[..<index]),
        let right = try condition(words[(index + 1)...])
      else { throw CompiledTemplate.Unsupported() }
      return .and(left, right)
    }
    if words.first == "not" {
      guard let inner = try condition(words.dropFirst()) else {
        throw CompiledTemplate.Unsupported()
      }
      return .not(inner)
    }
    if words.count == 3, words[words.startIndex + 1] == "==" || words[words.startIndex + 1] == "!="
    {
      return .equal(
        try expression(words[words.startIndex]), try expression(words[words.startIndex + 2]),
        negated: words[words.startIndex + 1] == "!=")
    }
    guard words.count == 1, let word = words.first,
      !["in", "<", ">", "<=", ">=", "==", "!="].contains(word)
    else { throw CompiledTemplate.Unsupported() }
    return .value(try expression(word))
  }

  /// `name.field|filter:"argument",other` — our filters only.
  private mutating func expression(_ text: Substring) throws -> Expression {
    let parts = splitOutsideQuotes(text, on: "|").map { $0.trimmingCharacters(in: " ") }
    guard let first = parts.first else { throw CompiledTemplate.Unsupported() }
    var filters: [(filter: Filter, arguments: [Operand])] = []
    for part in parts.dropFirst() {
      let pieces = splitOutsideQuotes(part, on: ":")
      guard let name = pieces.first.map({ String($0.trimmingCharacters(in: " ")) }) else {
        throw CompiledTemplate.Unsupported()
      }
      let filter: Filter
      if let report = ReportFilters.named(name) {
        filter = .report(report)
      } else if let builtIn = StencilBuiltInFilter(rawValue: name) {
        filter = .stencil(builtIn)
      } else {
        throw CompiledTemplate.Unsupported()
      }
      var arguments: [Operand] = []
      if pieces.count > 1 {
        let joined = pieces.dropFirst().joined(separator: ":")
        for argument in splitOutsideQuotes(Substring(joined), on: ",") {
          arguments.append(try operand(argument.trimmingCharacters(in: " ")))
        }
      }
      filters.append((filter, arguments))
    }
    return Expression(operand: try operand(first), filters: filters)
  }

  /// A string or whole-number literal, or a plain key path; anything Stencil
  /// reads otherwise (floats, `true`, subscripts, ranges) goes to Stencil.
  private mutating func operand(_ text: Substring) throws -> Operand {
    if let string = literal(text) { return .literal(string) }
    if let number = Int(text) { return .literal(number) }
    guard !text.isEmpty, Float(text) == nil, Bool(String(text)) == nil, !text.contains("..."),
      !text.contains("["), !text.contains("]")
    else { throw CompiledTemplate.Unsupported() }
    let bits = text.split(separator: ".", omittingEmptySubsequences: false)
    guard bits.allSatisfy({ !$0.isEmpty && !$0.contains(" ") && !$0.contains("\"") }) else {
      throw CompiledTemplate.Unsupported()
    }
    let id = pathIDs[String(text)] ?? pathIDs.count
    pathIDs[String(text)] = id
    return .path(bits.map(String.init), id: id)
  }

  private func literal(_ text: Substring) -> String? {
    guard text.count > 1, let quote = text.first, quote == "\"" || quote == "'",
      text.last == quote
    else { return nil }
    return String(text.dropFirst().dropLast())
  }

  private func isName(_ word: Substring) -> Bool {
    !word.isEmpty && !word.contains(",") && !word.contains(".")
  }

  private func words(of contents: String) -> [Substring] {
    splitOutsideQuotes(Substring(contents), on: " ").filter { !$0.isEmpty }
  }

  /// Every tag closed, and no trim markers (`{%-`, `-%}`, `+`): Stencil's
  /// lexer reads an unclosed tag and trims whitespace its own way.
  static func isPlain(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == UInt8(ascii: "{") else {
        index += 1
        continue
      }
      let closing: UInt8
      switch bytes[index + 1] {
      case UInt8(ascii: "{"): closing = UInt8(ascii: "}")
      case UInt8(ascii: "%"): closing = UInt8(ascii: "%")
      case UInt8(ascii: "#"): closing = UInt8(ascii: "#")
      default:
        index += 1
        continue
      }
      let bodyStart = index + 2
      var end = bodyStart
      while end + 1 < bytes.count && !(bytes[end] == closing && bytes[end + 1] == UInt8(ascii: "}"))
      {
        end += 1
      }
      guard end + 1 < bytes.count else { return false }
      if closing == UInt8(ascii: "%"), end > bodyStart {
        let markers: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "+")]
        if markers.contains(bytes[bodyStart]) || markers.contains(bytes[end - 1]) { return false }
      }
      index = end + 2
    }
    return true
  }
}

// MARK: - Rendering

/// `forloop` of the innermost loop.
private struct LoopState {
  let index: Int
  let count: Int

  func field(_ name: String) -> Any? {
    switch name {
    case "first": index == 0
    case "last": index == count - 1
    case "counter": index + 1
    case "counter0": index
    case "length": count
    case "count": 5
    default: nil
    }
  }
}

private struct Renderer {
  let root: [String: Any]
  let language: Language
  /// Loop variables, innermost last, each with the values of the key paths
  /// that start at it: a template asks `event.summary` several times per
  /// event, and working a summary out is most of a report's time. Fields are
  /// pure functions of the visit, so a kept value is the value.
  var scopes: [(name: String, value: Any, known: [Int: Any?])] = []
  var rootKnown: [Int: Any?] = [:]
  var loops: [LoopState] = []

  init(root: [String: Any], language: Language) {
    self.root = root
    self.language = language
  }

  mutating func render(_ nodes: [Node], into output: inout String) throws {
    for node in nodes {
      switch node {
      case .text(let text): output += text
      case .output(let expression, let place):
        try Self.print(value(expression, place), into: &output)
      case .branches(let branches, let place):
        for branch in branches {
          if let condition = branch.condition, try !holds(condition, place) { continue }
          try render(branch.body, into: &output)
          break
        }
      case .loop(let name, let over, let body, let empty, let place):
        let items = try Self.items(try value(over, place))
        guard !items.isEmpty else {
          try render(empty, into: &output)
          continue
        }
        for (index, item) in items.enumerated() {
          loops.append(LoopState(index: index, count: items.count))
          scopes.append((name, item, [:]))
          try render(body, into: &output)
          scopes.removeLast()
          loops.removeLast()
        }
      case .include(let nodes):
        try render(nodes, into: &output)
      }
    }
  }

  // MARK: Values, as Stencil's Variable resolves them

  private mutating func value(_ expression: Expression, _ place: Place) throws -> Any? {
    var result = try resolve(expression.operand)
    for (filter, arguments) in expression.filters {
      let values = try arguments.map { try resolve($0) }
      do {
        switch filter {
        case .report(let filter): result = try filter.apply(result, values, language)
        case .stencil(let filter): result = try filter.apply(result, values)
        }
      } catch let failure as StencilBuiltInFilter.Failure {
        throw CompiledTemplate.RenderError(
          message: failure.reason, file: place.file, contents: place.contents, line: place.line)
      } catch let unsupported as CompiledTemplate.Unsupported {
        throw unsupported
      } catch {
        throw CompiledTemplate.RenderError(
          message: "\(error)", file: place.file, contents: place.contents, line: place.line)
      }
    }
    return result
  }

  private mutating func resolve(_ operand: Operand) throws -> Any? {
    switch operand {
    case .literal(let value): return value
    case .path(let bits, let id):
      let first = bits[0]
      if first == "forloop", let loop = loops.last {
        guard bits.count == 2 else { throw CompiledTemplate.Unsupported() }
        return loop.field(bits[1])
      }
      if let scope = scopes.lastIndex(where: { $0.name == first }) {
        if let known = scopes[scope].known[id] { return known }
        let value = try Self.follow(bits, from: scopes[scope].value)
        scopes[scope].known[id] = .some(value)
        return value
      }
      if let known = rootKnown[id] { return known }
      let value = try Self.follow(bits, from: root[first])
      rootKnown[id] = .some(value)
      return value
    }
  }

  private static func follow(_ bits: [String], from start: Any?) throws -> Any? {
    var current = start
    for bit in bits.dropFirst() {
      guard let value = current else { return nil }
      current = try field(bit, of: value)
    }
    return normalized(current)
  }

  /// One step of a key path, in Stencil's order of kinds.
  private static func field(_ bit: String, of value: Any) throws -> Any? {
    if let object = value as? any TemplateObject { return object.field(bit) }
    if let array = value as? [Any] { return element(bit, of: array) }
    if let dictionary = value as? [String: Any] {
      return bit == "count" ? dictionary.count : dictionary[bit]
    }
    if let string = value as? String { return element(bit, of: string) }
    throw CompiledTemplate.Unsupported()
  }

  private static func element<C: Collection>(_ bit: String, of collection: C) -> Any? {
    if let index = Int(bit) {
      guard index >= 0 && index < collection.count else { return nil }
      return collection[collection.index(collection.startIndex, offsetBy: index)]
    }
    switch bit {
    case "first": return collection.first
    case "last":
      return collection.isEmpty
        ? nil : collection[collection.index(collection.endIndex, offsetBy: -1)]
    case "count": return collection.count
    default: return nil
    }
  }

  /// Arrays of any element read as `[Any]`, as Stencil normalizes them.
  private static func normalized(_ value: Any?) -> Any? {
    guard let value else { return nil }
    if value is any TemplateObject || value is String { return value }
    if let array = value as? [Any] { return array }
    return value
  }

  private static func items(_ value: Any?) throws -> [Any] {
    guard let value else { return [] }
    if let array = value as? [Any] { return array }
    // Dictionaries, ranges and structures are looped over by Stencil.
    throw CompiledTemplate.Unsupported()
  }

  // MARK: Conditions, as Stencil's `if` evaluates them

  private mutating func holds(_ condition: Condition, _ place: Place) throws -> Bool {
    switch condition {
    case .value(let expression): return Self.isTruthy(try value(expression, place))
    case .not(let inner): return try !holds(inner, place)
    case .and(let left, let right): return try holds(left, place) && holds(right, place)
    case .or(let left, let right): return try holds(left, place) || holds(right, place)
    case .equal(let left, let right, let negated):
      return try Self.equal(value(left, place), value(right, place)) != negated
    }
  }

  private static func isTruthy(_ value: Any?) -> Bool {
    guard let value else { return false }
    if value is any TemplateObject { return true }
    if let string = value as? String { return !string.isEmpty }
    if let array = value as? [Any] { return !array.isEmpty }
    if let dictionary = value as? [String: Any] { return !dictionary.isEmpty }
    if let flag = value as? Bool { return flag }
    if let number = number(value) { return number > 0 }
    return true
  }

  private static func equal(_ left: Any?, _ right: Any?) -> Bool {
    guard let left, let right else { return left == nil && right == nil }
    if let a = number(left), let b = number(right) { return a == b }
    if let a = left as? String, let b = right as? String { return a == b }
    if let a = left as? Bool, let b = right as? Bool { return a == b }
    return false
  }

  /// Stencil's numbers are `Float`s.
  private static func number(_ value: Any) -> Float? {
    switch value {
    case let value as Int: Float(value)
    case let value as Double: Float(value)
    case let value as Float: value
    default: nil
    }
  }

  // MARK: Printing, as Stencil's `stringify`

  private static func print(_ value: Any?, into output: inout String) throws {
    output += try stencilPrinted(value)
  }
}
