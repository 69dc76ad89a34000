import VisitCore
public import VisitDiagnostics

/// Runs every rule over a loaded visit and returns one sorted list of
/// diagnostics, the loader's included, with `ignore:` applied.
public struct Checker: Sendable {
  public var rules: [any CheckRule]

  /// The rules `visitplan check` runs.
  public static let standardRules: [any CheckRule] = [
    // The file itself.
    DuplicateIDRule(), UnknownReferenceRule(), PlaceCycleRule(),
    // Time and place.
    TimeOrderRule(), OutsideVisitRule(), DuplicateDayRule(), PersonOverlapRule(),
    SiteOverlapRule(), TravelTimeRule(), SiteClosedRule(), OverCapacityRule(), LongDayRule(),
    OutsideDayWindowRule(), UnscheduledRule(), NoSiteRule(), TravelUnknownRule(),
    BeforeArrivalRule(), AfterDepartureRule(), StayOverlapRule(), NoStayRule(),
    PersonBusyRule(), WindowRule(), AfterOrderRule(), AfterCycleRule(), WrongDateRule(),
    NoLunchRule(),
    // People, agreements and gifts.
    SignatoryAbsentRule(), AgreementPartiesRule(), SignatoryPartyRule(), AgreementNoEventRule(),
    GiftAbsentRule(), HeadAbsentRule(), NoParticipantsRule(), DuplicateEventRule(), UnusedRule(),
    GenderUnknownRule(), NameOrderRule(),
  ]

  public init(rules: [any CheckRule] = Checker.standardRules) {
    self.rules = rules
  }

  /// All diagnostics for the file, sorted by position, the same on every run.
  ///
  /// A file that could not be read as a visit (not YAML, an unknown format)
  /// gets only the loader's diagnostics: rules would only add noise.
  ///
  /// - Parameter measure: called with the time each step took ("context", each
  ///   rule's slug, "sort"), for `check --timings` and the benchmarks.
  public func check(
    _ loaded: LoadedVisit, measure: ((String, Duration) -> Void)? = nil
  ) -> [Diagnostic] {
    let clock = ContinuousClock()
    var mark = clock.now
    func lap(_ step: String) {
      guard let measure else { return }
      let now = clock.now
      measure(step, now - mark)
      mark = now
    }
    var diagnostics = loaded.diagnostics
    if loaded.isReadable {
      let context = CheckContext(visit: loaded.visit)
      lap("context")
      for rule in rules {
        diagnostics += rule.check(context)
        lap(rule.id.slug)
      }
      diagnostics = Self.removingIgnored(diagnostics, in: loaded.visit)
      lap("ignore")
    }
    diagnostics = Self.sorted(diagnostics)
    lap("sort")
    return diagnostics
  }

  /// The same order as `Diagnostic`'s `<`, sorting indices by a small key and
  /// comparing whole diagnostics only on a tie: moving and comparing whole
  /// diagnostics was a tenth of a forum's check.
  static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let keys = diagnostics.map { ($0.location.line, $0.location.column) }
    let order = diagnostics.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] < keys[b] }
      return diagnostics[a] < diagnostics[b]
    }
    return order.map { diagnostics[$0] }
  }

  /// Drops diagnostics of rules silenced file-wide in `settings.ignore`, or by
  /// `ignore:` on any event the diagnostic is about. Rules about the file
  /// itself are never dropped.
  static func removingIgnored(_ diagnostics: [Diagnostic], in visit: Visit) -> [Diagnostic] {
    let fileWide = Set(visit.settings.ignoredRules.map(\.value))
    var perEvent: [Identifier: Set<String>] = [:]
    func collect(_ event: Event) {
      guard !event.ignoredRules.isEmpty else { return }
      perEvent[event.id.value, default: []].formUnion(event.ignoredRules.map(\.value))
    }
    for day in visit.days {
      for index in day.events.indices where !day.events[index].ignoredRules.isEmpty {
        collect(day.events[index])
      }
    }
    for index in visit.unscheduled.indices { collect(visit.unscheduled[index]) }
    guard !fileWide.isEmpty || !perEvent.isEmpty else { return diagnostics }
    return diagnostics.filter { diagnostic in
      let slug = diagnostic.rule.slug
      guard diagnostic.rule.isSilenceable else { return true }
      if fileWide.contains(slug) { return false }
      return !diagnostic.events.contains { perEvent[$0]?.contains(slug) == true }
    }
  }
}
