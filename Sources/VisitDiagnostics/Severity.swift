public import VisitCore

/// How serious a diagnostic is.
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
  /// The programme cannot be carried out as written, or the file cannot be understood.
  case error
  /// Probably wrong; a person should look.
  case warning
  /// Information that is missing or was assumed.
  case note

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .note: 2
    }
  }
}

extension Severity {
  /// The severity as every printer and page says it: "error" / "ошибка".
  public var name: LocalizedText {
    switch self {
    case .error: LocalizedText(english: "error", russian: "ошибка")
    case .warning: LocalizedText(english: "warning", russian: "предупреждение")
    case .note: LocalizedText(english: "note", russian: "замечание")
    }
  }
}
