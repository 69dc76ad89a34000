import VisitCore
public import VisitDiagnostics
public import VisitLoader

/// Runs every rule over a loaded visit and returns one sorted list of
/// diagnostics, the loader's included, with `ignore:` applied.
public struct Checker: Sendable {
  public var rules: [any CheckRule]

  /// The rules `visitplan check` runs.
  public static let standardRules: [any CheckRule] = [
    DuplicateIDRule(),
    UnknownReferenceRule(),
    PlaceCycleRule(),
  ]

  public init(rules: [any CheckRule] = Checker.standardRules) {
    self.rules = rules
  }

  /// All diagnostics for the file, sorted by position, the same on every run.
  ///
  /// A file that could not be read as a visit (not YAML, an unknown format)
  /// gets only the loader's diagnostics: rules would only add noise.
  public func check(_ loaded: LoadedVisit) -> [Diagnostic] {
    var diagnostics = loaded.diagnostics
    if loaded.isReadable {
      let context = CheckContext(visit: loaded.visit)
      for rule in rules {
        diagnostics += rule.check(context)
      }
      diagnostics = Self.removingIgnored(diagnostics, in: loaded.visit)
    }
    return diagnostics.sorted()
  }

  /// Drops diagnostics of rules silenced file-wide in `settings.ignore`, or by
  /// `ignore:` on any event the diagnostic is about. Rules about the file
  /// itself are never dropped.
  static func removingIgnored(_ diagnostics: [Diagnostic], in visit: Visit) -> [Diagnostic] {
    let fileWide = Set(visit.settings.ignoredRules.map(\.value))
    var perEvent: [Identifier: Set<String>] = [:]
    for event in visit.events where !event.ignoredRules.isEmpty {
      perEvent[event.id.value, default: []].formUnion(event.ignoredRules.map(\.value))
    }
    guard !fileWide.isEmpty || !perEvent.isEmpty else { return diagnostics }
    return diagnostics.filter { diagnostic in
      let slug = diagnostic.rule.slug
      guard diagnostic.rule.isSilenceable else { return true }
      if fileWide.contains(slug) { return false }
      return !diagnostic.events.contains { perEvent[$0]?.contains(slug) == true }
    }
  }
}
