/// The six cases of Russian grammar, named as in the format's `forms` keys.
public enum GrammaticalCase: String, Hashable, Sendable, CaseIterable, Comparable {
  case nominative
  case genitive
  case dative
  case accusative
  case instrumental
  case prepositional

  public static func < (lhs: GrammaticalCase, rhs: GrammaticalCase) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// Exact grammatical forms written in the file; they override what declension
/// rules would give ("Жевлаковым Сергеем" for the instrumental).
public struct GrammaticalForms: Hashable, Sendable {
  public var forms: [GrammaticalCase: String]

  public init(_ forms: [GrammaticalCase: String] = [:]) {
    self.forms = forms
  }

  public subscript(grammaticalCase: GrammaticalCase) -> String? {
    get { forms[grammaticalCase] }
    set { forms[grammaticalCase] = newValue }
  }

  public var isEmpty: Bool { forms.isEmpty }
}
