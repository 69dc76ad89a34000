/// How many diagnostics are printed for one file. A compiler does not print
/// a million errors: past the limit, the printers say how many more there
/// are, and the summary still counts them all (`--max-diagnostics`).
public struct DiagnosticLimit: Hashable, Sendable {
  /// At most this many are printed; 0 prints all.
  public var maximum: Int

  public init(maximum: Int) {
    self.maximum = max(0, maximum)
  }

  public static let standard = DiagnosticLimit(maximum: 500)
  public static let none = DiagnosticLimit(maximum: 0)

  /// The diagnostics to print, the first ones in order.
  public func shown(_ diagnostics: [Diagnostic]) -> ArraySlice<Diagnostic> {
    maximum == 0 ? diagnostics[...] : diagnostics.prefix(maximum)
  }

  /// How many of `count` diagnostics are not printed.
  public func omitted(from count: Int) -> Int {
    maximum == 0 ? 0 : max(0, count - maximum)
  }
}
