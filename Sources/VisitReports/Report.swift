public import VisitCore
import VisitDiagnostics
import VisitLanguage

/// Which template a report uses.
public enum TemplateChoice: Sendable, Equatable {
  /// A built-in template by name: `programme`, `report`, …
  case builtIn(String)
  /// A user's template file; it may include files of its own folder.
  case file(String)

  /// `--template` as typed: a name, or a path when it has a slash or ends
  /// in `.txt`.
  public init(_ argument: String) {
    if argument.contains("/") || argument.hasSuffix(".txt") || argument.hasSuffix(".stencil") {
      self = .file(argument)
    } else {
      self = .builtIn(argument)
    }
  }
}

/// A plain-text report of a visit from a template.
public enum Report {
  /// Checks the template, renders it, tidies blank lines and wraps lines to
  /// `width` characters. Throws every mistake found in the template.
  public static func render(
    _ visit: Visit, template: TemplateChoice, language: Language, width: Int = 80
  ) throws(TemplateProblems) -> String {
    let (text, name, folder) = try source(of: template, language: language)
    var linter = TemplateLinter(folder: folder)
    linter.lint(text, file: name)
    if !linter.problems.isEmpty { throw TemplateProblems(linter.problems) }
    let model = ReportModel(visit, language: language)
    let rendered = try StencilRenderer().render(
      text, name: name, folder: folder, values: ReportRoot.values(model), language: language)
    return TextWrapper(width: width).wrap(tidy(rendered))
  }

  static func source(of template: TemplateChoice, language: Language) throws(TemplateProblems)
    -> (text: String, name: String, folder: TemplateFolder)
  {
    switch template {
    case .builtIn(let name):
      guard let text = BuiltInTemplates.text(name, language) else {
        let known = BuiltInTemplates.names.joined(separator: ", ")
        throw TemplateProblems([
          TemplateProblem(
            file: name, line: 0, column: 0,
            message: .init(
              english: "no built-in template \"\(name)\"; the built-in ones are \(known) "
                + "(visitplan templates), or give a path to your own",
              russian: "встроенного шаблона «\(name)» нет; есть \(known) "
                + "(visitplan templates), либо укажите путь к своему"))
        ])
      }
      return (text, "Templates/\(language.rawValue)/\(name).txt", .builtIn(language))
    case .file(let path):
      let folder = TemplateFolder.containing(path)
      let fileName = String(path.split(separator: "/").last ?? Substring(path))
      do {
        let loaded = try folder.load(fileName)
        return (loaded.text, path, folder)
      } catch {
        throw TemplateProblems([
          TemplateProblem(file: path, line: 0, column: 0, message: error.message)
        ])
      }
    }
  }

  /// The text without a full stop right after "…", "?" or "!", in one pass
  /// over its bytes: reports run to megabytes.
  static func withoutDoubledStops(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var changed = false
    for (index, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "."), index > 0 {
        let previous = bytes[index - 1]
        let afterEllipsis =
          index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80 && previous == 0xA6
        if previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!") || afterEllipsis {
          changed = true
          continue
        }
      }
      result.append(byte)
    }
    return changed ? String(decoding: result, as: UTF8.self) : text
  }

  /// No trailing spaces, no runs of blank lines, one newline at the end, and
  /// no period after a sentence that already ends ("федеральных …." when a
  /// template closes a title that ends in "…", "?" or "!").
  static func tidy(_ text: String) -> String {
    let text = withoutDoubledStops(text)
    var lines: [Substring] = []
    for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      let line = Substring(bytes)
      var trimmed = line
      while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
      if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
      lines.append(trimmed)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
