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
