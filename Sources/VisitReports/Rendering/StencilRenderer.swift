import Stencil
import VisitCore
import VisitDiagnostics

/// The one user of Stencil: templates with `trimBehaviour: .smart` (a tag on
/// a line of its own leaves no blank line), the report filters, includes
/// through `TemplateFolder` and nothing else.
///
/// The common part of the language is rendered by `CompiledTemplate`, parsed
/// once; Stencil renders the rest, and is the measure the compiled part is
/// tested against (`compiles: false`).
struct StencilRenderer: ReportRenderer {
  /// Whether templates in the common part skip Stencil.
  var compiles = true

  func render(
    _ template: String, name: String, folder: TemplateFolder, values: [String: Any],
    language: Language
  ) throws(TemplateProblems) -> String {
    if compiles,
      let compiled = CompiledTemplate.compile(
        StandaloneTags.fold(template), name: name, folder: folder)
    {
      do {
        return try compiled.render(values, language: language)
      } catch let error as CompiledTemplate.RenderError {
        throw TemplateProblems([
          problem(
            error.message, file: error.file, contents: error.contents, line: error.line,
            column: 1, template: template, name: name, folder: folder)
        ])
      } catch {
        // A value only Stencil prints or loops over: render it all there.
      }
    }
    let environment = Environment(
      loader: FolderLoader(folder: folder),
      extensions: [Self.extension(language), IncludeCache().tagExtension],
      trimBehaviour: .nothing)
    let compiled = Template(
      templateString: StandaloneTags.fold(template), environment: environment, name: name)
    do {
      return try compiled.render(Context(dictionary: values, environment: environment))
    } catch let error as TemplateSyntaxError {
      throw TemplateProblems([problem(error, template: template, name: name, folder: folder)])
    } catch let error as TemplateDoesNotExist {
      throw TemplateProblems([
        TemplateProblem(
          file: name, line: 1, column: 1,
          message: LocalizedText(english: "\(error)", russian: "\(error)"))
      ])
    } catch {
      throw TemplateProblems([
        TemplateProblem(
          file: name, line: 1, column: 1,
          message: LocalizedText(english: "\(error)", russian: "\(error)"))
      ])
    }
  }

  static func `extension`(_ language: Language) -> Extension {
    let stencilExtension = Extension()
    for filter in ReportFilters.all {
      stencilExtension.registerFilter(filter.name) { value, arguments in
        try filter.apply(value, arguments, language)
      }
    }
    return stencilExtension
  }

  /// Where an error happened. Stencil finds a token's line by the line's
  /// text, so an error on the second of two identical lines would point at
  /// the first; the exact position comes from our own tokens, matched by
  /// content from Stencil's line on.
  private func problem(
    _ error: TemplateSyntaxError, template: String, name: String, folder: TemplateFolder
  ) -> TemplateProblem {
    guard let token = error.token else {
      let message = LocalizedText(english: error.reason, russian: error.reason)
      return TemplateProblem(file: name, line: 1, column: 1, message: message)
    }
    return problem(
      error.reason, file: token.sourceMap.filename ?? name, contents: token.contents,
      line: Int(token.sourceMap.location.lineNumber),
      column: token.sourceMap.location.lineOffset + 1, template: template, name: name,
      folder: folder)
  }

  /// The exact position of the tag `contents` found on or after `line`.
  private func problem(
    _ reason: String, file: String, contents: String, line: Int, column: Int, template: String,
    name: String, folder: TemplateFolder
  ) -> TemplateProblem {
    let text = file == name ? template : (try? folder.load(fileName(file)).text) ?? template
    let ours = TemplateTokenizer.tokenize(text).first {
      $0.contents == contents && $0.line >= line
    }
    return TemplateProblem(
      file: file, line: ours?.line ?? line, column: ours?.column ?? column,
      message: LocalizedText(english: reason, russian: reason))
  }

  private func fileName(_ displayName: String) -> String {
    String(displayName.split(separator: "/").last ?? Substring(displayName))
  }
}

/// `{% include %}` parsed once per file and render. Stencil's own include
/// loads the file and parses it again every time it is rendered — once per
/// event in a programme's loop — which was half of a report's time on a
/// large programme. This one keeps the parsed nodes of each file and renders
/// them in the current context, as Stencil's does.
final class IncludeCache {
  private var nodes: [String: [any NodeType]] = [:]

  /// An extension whose `include` tag replaces Stencil's (extensions given
  /// to an environment are searched before the built-in one).
  var tagExtension: Extension {
    let cachedExtension = Extension()
    cachedExtension.registerTag("include") { [self] _, token in
      let bits = token.components
      guard bits.count == 2 || bits.count == 3 else {
        throw TemplateSyntaxError(
          "'include' tag requires one argument, the template file to be included, and "
            + "optionally the name of a context for it")
      }
      return Node(
        cache: self, name: Variable(bits[1]), context: bits.count == 3 ? bits[2] : nil,
        token: token)
    }
    return cachedExtension
  }

  fileprivate func nodes(_ name: String, environment: Environment) throws -> [any NodeType] {
    if let parsed = nodes[name] { return parsed }
    let template = try environment.loadTemplate(name: name)
    let parsed = try TokenParser(tokens: template.tokens, environment: environment).parse()
    nodes[name] = parsed
    return parsed
  }

  private final class Node: NodeType {
    /// Unowned: the cache keeps the nodes it parsed, nodes of an included
    /// file include others; the environment's extension keeps the cache.
    unowned let cache: IncludeCache
    let name: Variable
    let context: String?
    let token: Token?

    init(cache: IncludeCache, name: Variable, context: String?, token: Token) {
      self.cache = cache
      self.name = name
      self.context = context
      self.token = token
    }

    func render(_ context: Context) throws -> String {
      guard let name = try name.resolve(context) as? String else {
        throw TemplateSyntaxError("'\(self.name)' could not be resolved as a string")
      }
      do {
        let nodes = try cache.nodes(name, environment: context.environment)
        let subContext = self.context.flatMap { context[$0] as? [String: Any] } ?? [:]
        return try context.push(dictionary: subContext) { try renderNodes(nodes, context) }
      } catch let error as TemplateSyntaxError {
        throw TemplateSyntaxError(
          reason: error.reason, token: nil,
          stackTrace: error.stackTrace + (error.token.map { [$0] } ?? []))
      }
    }
  }
}

/// Lines that hold only tags (`{% for … %}`, `{% endif %}`, `{# … #}`)
/// leave nothing in the output, not even their line break; every other line
/// is printed as written. Stencil's own trimming either keeps such lines
/// blank or also eats the spaces beside tags inside a sentence, so the line
/// break of a tag-only line is moved inside its last tag, where the lexer
/// drops it — the line numbers stay as they were.
enum StandaloneTags {
  static func fold(_ template: String) -> String {
    var lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices.dropLast() where isStandalone(lines[index]) {
      var line = Substring(lines[index])
      let indentation = line.prefix(while: { $0 == " " || $0 == "\t" })
      line = line.dropFirst(indentation.count)
      while line.last == " " || line.last == "\t" { line = line.dropLast() }
      // "{% endif %}" → "{% endif \n%}" once the lines are joined again.
      let closing = line.suffix(2)
      lines[index] = String(line.dropLast(2)) + "\n" + closing
    }
    return joinFolded(lines)
  }

  /// Joins lines; a folded line already carries its line break inside.
  private static func joinFolded(_ lines: [String]) -> String {
    var result = ""
    for (index, line) in lines.enumerated() {
      result += line
      if index < lines.count - 1 && !line.hasSuffix("\n%}") && !line.hasSuffix("\n#}") {
        result += "\n"
      }
    }
    return result
  }

  static func isStandalone(_ line: String) -> Bool {
    var rest = Substring(line)
    var sawTag = false
    while true {
      rest = rest.drop(while: { $0 == " " || $0 == "\t" })
      if rest.isEmpty { return sawTag }
      guard rest.hasPrefix("{%") || rest.hasPrefix("{#") else { return false }
      let closing = rest.hasPrefix("{%") ? "%}" : "#}"
      guard let end = rest.firstRange(of: closing) else { return false }
      rest = rest[end.upperBound...]
      sawTag = true
    }
  }
}

/// Stencil's loader over a `TemplateFolder`: the folder's rules decide.
final class FolderLoader: Loader {
  let folder: TemplateFolder

  init(folder: TemplateFolder) {
    self.folder = folder
  }

  /// A new template each time: `IncludeCache` keeps what it parsed. (A
  /// loader that kept templates would be kept by them through their
  /// environment, and nothing of a render would ever be freed.)
  func loadTemplate(name: String, environment: Environment) throws -> Template {
    try load(name, environment: environment)
  }

  private func load(_ name: String, environment: Environment) throws -> Template {
    let loaded: TemplateFolder.Loaded
    do {
      loaded = try folder.load(name)
    } catch {
      throw TemplateSyntaxError(error.message.english)
    }
    return Template(
      templateString: StandaloneTags.fold(loaded.text), environment: environment,
      name: loaded.displayName)
  }
}

extension PersonValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension OrganizationValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension SiteValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension StayValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension GroupValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension PlaceValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension PhraseValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension DateValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension DateRangeValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension EventValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension DayValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension AgreementValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension GiftValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension VisitValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}

extension DelegationValue: DynamicMemberLookup {
  subscript(dynamicMember member: String) -> Any? { field(member) }
}
