public import VisitCore

/// A visit as loaded from a file, with everything the loader had to say.
///
/// It lives beside `Diagnostic` rather than in the loader so that the checker
/// reads what the loader made without depending on the loader itself
/// (model ← loader ← checks, one way).
public struct LoadedVisit: Sendable {
  /// What could be read. Empty when the file is not YAML at all; every command
  /// still works on what is there.
  public var visit: Visit
  /// The file-level diagnostics (`yaml-syntax` … `invalid-value`), unsorted.
  public var diagnostics: [Diagnostic]
  /// False when the file could not be read as a visit of this format at all
  /// (not YAML, not UTF-8, an unknown format version).
  public var isReadable: Bool

  public init(visit: Visit, diagnostics: [Diagnostic], isReadable: Bool) {
    self.visit = visit
    self.diagnostics = diagnostics
    self.isReadable = isReadable
  }
}
