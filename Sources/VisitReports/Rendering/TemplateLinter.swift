import VisitCore
import VisitDiagnostics

/// Checks a template before it runs: every variable, field and filter it
/// names must exist, every include must stay in the template's folder.
/// Stencil prints an unknown variable as an empty string; a report with a
/// silent gap is worse than no report, so this finds them all first, with
/// their positions and a did-you-mean.
struct TemplateLinter {
  let folder: TemplateFolder
  private(set) var problems: [TemplateProblem] = []
  private var scopes: [[String: FieldType]] = [ReportRoot.fields]
  private var including: [String] = []
  /// Open `for`, `if`, `filter` and `block` tags, across includes.
  private var depth = 0
  private var reportedDepth = false

  /// Deeper than this is refused before anything renders: a renderer walks
  /// the tags recursively, and a file of thirty thousand nested `for`s would
  /// overflow its stack. No document nests a hundred deep.
  static let maximumDepth = 100

  init(folder: TemplateFolder) {
    self.folder = folder
  }

  static let builtInFilters: [String: ReportFilter.Result] = [
    "default": .sameAsInput, "capitalize": .text, "uppercase": .text, "lowercase": .text,
    "join": .text, "split": .list, "indent": .text, "filter": .sameAsInput,
  ]

  static let tags: Set<String> = [
    "for", "endfor", "empty", "if", "elif", "else", "endif", "ifnot", "include", "extends",
    "block", "endblock", "filter", "endfilter", "break", "continue", "now",
  ]

  mutating func lint(_ text: String, file: String) {
    guard including.count < 16, !including.contains(file) else {
      return
    }
    including.append(file)
    defer { including.removeLast() }
    for token in TemplateTokenizer.tokenize(text) {
      // Past the nesting limit nothing more is checked: the file is refused,
      // and each tag more would be looked up through thousands of scopes.
      if reportedDepth { return }
      switch token.kind {
      case .text, .comment: continue
      case .variable: checkExpression(Substring(token.contents), token: token, file: file)
      case .block: checkBlock(token, file: file)
      }
    }
  }

  private mutating func checkBlock(_ token: TemplateToken, file: String) {
    let words = splitOutsideQuotes(Substring(token.contents), on: " ").filter { !$0.isEmpty }
    guard let tag = words.first.map(String.init) else { return }
    guard Self.tags.contains(tag) else {
      report(
        token, file: file,
        english: "unknown tag \"\(tag)\"\(suggestion(tag, Self.tags, english: true))",
        russian: "неизвестный тег «\(tag)»\(suggestion(tag, Self.tags, english: false))")
      return
    }
    switch tag {
    case "for", "if", "ifnot", "filter", "block":
      depth += 1
      if depth > Self.maximumDepth && !reportedDepth {
        reportedDepth = true
        report(
          token, file: file,
          english: "tags are nested more than \(Self.maximumDepth) deep; "
            + "close some {% if %} or {% for %} blocks",
          russian: "теги вложены глубже \(Self.maximumDepth) уровней; "
            + "закройте часть блоков {% if %} или {% for %}")
      }
    case "endfor", "endif", "endfilter", "endblock":
      depth = max(0, depth - 1)
    default:
      break
    }
    switch tag {
    case "for":
      guard let inIndex = words.firstIndex(of: "in"), inIndex > 1 else { return }
      // Only a "where" after "in" ends the collection ("for x where y in z"
      // is Stencil's error to report, not a range to cut backwards).
      let whereIndex = words[(inIndex + 1)...].firstIndex(of: "where") ?? words.endIndex
      let collection = words[(inIndex + 1)..<whereIndex].joined(separator: " ")
      let type = checkExpression(Substring(collection), token: token, file: file)
      var scope: [String: FieldType] = ["forloop": .object("Forloop")]
      let names = words[1..<inIndex].joined().split(separator: ",").map(String.init)
      if case .list(let element) = type, names.count == 1 {
        scope[names[0]] = element
      } else {
        for name in names { scope[name] = .text }
      }
      scopes.append(scope)
      if whereIndex < words.endIndex {
        checkCondition(words[(whereIndex + 1)...], token: token, file: file)
      }
    case "endfor":
      if scopes.count > 1 { scopes.removeLast() }
    case "if", "elif", "ifnot":
      checkCondition(words.dropFirst(), token: token, file: file)
    case "filter":
      let chain = words.dropFirst().joined(separator: " ")
      for part in splitOutsideQuotes(Substring(chain), on: "|") {
        checkFilter(part, input: .text, token: token, file: file)
      }
    case "include", "extends":
      guard words.count > 1 else { return }
      include(String(words[1]), token: token, file: file)
    default:
      break
    }
  }

  private mutating func checkCondition(
    _ words: some Collection<Substring>, token: TemplateToken, file: String
  ) {
    let operators: Set<String> = ["and", "or", "not", "in", "==", "!=", "<", ">", "<=", ">="]
    for word in words where !operators.contains(String(word)) {
      checkExpression(word, token: token, file: file)
    }
  }

  /// `name.field|filter:arg` — returns the type it yields, when known.
  @discardableResult
  private mutating func checkExpression(_ expression: Substring, token: TemplateToken, file: String)
    -> FieldType?
  {
    let parts = splitOutsideQuotes(expression, on: "|")
    var type = checkVariable(parts[0].trimmingCharacters(in: " "), token: token, file: file)
    for filter in parts.dropFirst() {
      type = checkFilter(filter, input: type, token: token, file: file)
    }
    return type
  }

  @discardableResult
  private mutating func checkFilter(
    _ filter: Substring, input: FieldType?, token: TemplateToken, file: String
  ) -> FieldType? {
    let pieces = filter.trimmingCharacters(in: " ").split(separator: ":", maxSplits: 1)
    guard let name = pieces.first.map(String.init) else { return nil }
    let arguments = pieces.count > 1 ? splitOutsideQuotes(pieces[1], on: ",") : []
    for argument in arguments {
      checkVariable(argument.trimmingCharacters(in: " "), token: token, file: file)
    }
    let result: ReportFilter.Result
    if let filter = ReportFilters.named(name) {
      result = filter.result
      if let allowed = filter.allowedArguments,
        let literal = arguments.first.flatMap(stringLiteral),
        !allowed.contains(literal)
      {
        report(
          token, file: file,
          english:
            "\(name) does not know \"\(literal)\"; use one of: \(allowed.joined(separator: ", "))",
          russian:
            "фильтр \(name) не знает «\(literal)»; допустимо: \(allowed.joined(separator: ", "))")
      }
    } else if let builtIn = Self.builtInFilters[name] {
      result = builtIn
    } else {
      let names = ReportFilters.all.map(\.name) + Self.builtInFilters.keys
      report(
        token, file: file, near: name,
        english: "unknown filter \"\(name)\"\(suggestion(name, names, english: true))",
        russian: "неизвестный фильтр «\(name)»\(suggestion(name, names, english: false))")
      return nil
    }
    switch result {
    case .sameAsInput: return input
    case .text: return .text
    case .list: return .list(.text)
    }
  }

  /// A literal, or a path from a name in scope through fields.
  @discardableResult
  private mutating func checkVariable(_ variable: Substring, token: TemplateToken, file: String)
    -> FieldType?
  {
    if variable.isEmpty || stringLiteral(variable) != nil { return .text }
    if Int(variable) != nil || Double(variable) != nil { return .number }
    if ["true", "false", "nil"].contains(variable) { return .flag }
    let path = variable.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let root = path[0]
    guard var type = scopes.reversed().lazy.compactMap({ $0[root] }).first else {
      let names = Set(scopes.flatMap(\.keys))
      report(
        token, file: file, near: root,
        english: "unknown variable \"\(root)\"\(suggestion(root, names, english: true))",
        russian: "неизвестная переменная «\(root)»\(suggestion(root, names, english: false))")
      return nil
    }
    var walked = root
    for field in path.dropFirst() {
      guard let next = fieldType(field, of: type) else {
        let known = knownFields(of: type)
        report(
          token, file: file, near: field,
          english: "\(walked) (\(type.description)) has no field \"\(field)\""
            + suggestion(field, known, english: true),
          russian: "у \(walked) (\(type.description)) нет поля «\(field)»"
            + suggestion(field, known, english: false))
        return nil
      }
      walked += ".\(field)"
      type = next
    }
    return type
  }

  private func fieldType(_ field: String, of type: FieldType) -> FieldType? {
    switch type {
    case .object(let name):
      return FieldType.objects[name]?[field]
    case .list(let element):
      if field == "count" { return .number }
      if field == "first" || field == "last" || Int(field) != nil { return element }
      return nil
    case .text:
      return ["count", "first", "last"].contains(field) ? .text : nil
    case .number, .flag:
      return nil
    }
  }

  private func knownFields(of type: FieldType) -> [String] {
    switch type {
    case .object(let name): (FieldType.objects[name] ?? [:]).keys.sorted()
    case .list: ["count", "first", "last"]
    case .text: ["count", "first", "last"]
    case .number, .flag: []
    }
  }

  private mutating func include(_ literal: String, token: TemplateToken, file: String) {
    guard let name = stringLiteral(Substring(literal)) else {
      report(
        token, file: file,
        english: "include takes a file name in quotes: {% include \"part.txt\" %}",
        russian: "include принимает имя файла в кавычках: {% include \"part.txt\" %}")
      return
    }
    do {
      let loaded = try folder.load(name)
      if including.contains(loaded.displayName) {
        report(
          token, file: file,
          english: "\"\(name)\" includes itself", russian: "«\(name)» включает сам себя")
        return
      }
      lint(loaded.text, file: loaded.displayName)
    } catch {
      problems.append(
        TemplateProblem(file: file, line: token.line, column: token.column, message: error.message))
    }
  }

  private mutating func report(
    _ token: TemplateToken, file: String, near word: String? = nil, english: String,
    russian: String
  ) {
    // Point at the word inside the tag when it can be found there.
    var column = token.column
    if let word, let range = token.contents.firstRange(of: word) {
      column += 3 + token.contents.distance(from: token.contents.startIndex, to: range.lowerBound)
    }
    problems.append(
      TemplateProblem(
        file: file, line: token.line, column: column,
        message: LocalizedText(english: english, russian: russian)))
  }

  private func suggestion(_ word: String, _ candidates: some Sequence<String>, english: Bool)
    -> String
  {
    guard let closest = SpellingSuggestion.closest(to: word, among: candidates) else { return "" }
    return english ? "; did you mean \"\(closest)\"?" : "; возможно, имелось в виду «\(closest)»?"
  }
}

/// The text of `"…"` or `'…'`, or nil for anything else.
func stringLiteral(_ text: Substring) -> String? {
  guard text.count >= 2, let first = text.first, first == "\"" || first == "'",
    text.last == first
  else { return nil }
  return String(text.dropFirst().dropLast())
}
