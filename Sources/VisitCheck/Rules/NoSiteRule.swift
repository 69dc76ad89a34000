import VisitCore
import VisitDiagnostics

/// `no-site` (note): an event has no site, so venue checks cannot look at it.
/// Legs need none: a transfer is between places, not at one.
struct NoSiteRule: CheckRule {
  var id: RuleID { .noSite }

  func check(_ context: CheckContext) -> [Diagnostic] {
    (0..<context.eventCount).compactMap { index in
      guard context.site(of: index) == .none else { return nil }
      let event = context.event(index)
      guard !event.effectiveKind.isLeg else { return nil }
      let name = Wording.event(event)
      return Diagnostic(
        .noSite,
        LocalizedText(
          english: "\(name.english) has no site; add \"site:\" when the venue is known",
          russian: "у события \(name.russian) не указана площадка; добавьте «site:», "
            + "когда место станет известно"),
        at: event.location, events: [event.id.value])
    }
  }
}
