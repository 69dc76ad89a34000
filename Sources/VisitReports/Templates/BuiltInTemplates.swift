public import VisitCore

/// The built-in templates: `Templates/<lang>/<name>.txt` in the repository,
/// embedded in the binary when it is built, so the command finds them
/// wherever it runs. Files starting with `_` are parts for `include`.
public enum BuiltInTemplates {
  /// The names, in the order `visitplan templates` lists them.
  public static let names = ["programme", "working", "report", "delegation", "agreements", "gifts"]

  public static func text(_ name: String, _ language: Language) -> String? {
    EmbeddedTemplates.files["\(language.rawValue)/\(name).txt"]
  }

  /// The one-line description from the template's first comment,
  /// `{# … #}`, in the language asked.
  public static func description(_ name: String, _ language: Language) -> String {
    guard let text = text(name, language),
      let comment = TemplateTokenizer.tokenize(text).first(where: { $0.kind == .comment })
    else { return "" }
    return comment.contents
  }
}
