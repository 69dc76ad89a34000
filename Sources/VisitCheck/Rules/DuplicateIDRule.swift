import VisitCore
import VisitDiagnostics

/// `duplicate-id`: an id is defined twice, in one collection or across two.
/// People, organizations, places, sites, events and agreements share one
/// namespace so that a reference is never ambiguous. Points at the second
/// definition; the first is the related location.
struct DuplicateIDRule: CheckRule {
  var id: RuleID { .duplicateID }

  func check(_ context: CheckContext) -> [Diagnostic] {
    context.duplicateDefinitions.map { first, repeated in
      let id = first.id
      let kinds: EntityKinds = [EntityKinds(first.kind), EntityKinds(repeated.kind)]
      // Delegations and groups are named only where one is involved, so the
      // message for the common case stays as short as it was.
      let groups = [first.kind, repeated.kind].contains { $0 == .delegation || $0 == .group }
      return Diagnostic(
        .duplicateID,
        LocalizedText(
          english: "the id \(Quote.english(id.rawValue)) is already defined for "
            + "\(first.kind.wording.english); ids must be unique across people, "
            + "organizations, places, sites, events\(groups ? ", agreements, delegations and groups" : " and agreements") — rename one",
          russian: "идентификатор \(Quote.russian(id.rawValue)) уже используется для "
            + "\(first.kind.russianGenitive); идентификаторы участников, организаций, мест, "
            + "площадок, событий\(groups ? ", соглашений, делегаций и групп" : " и соглашений") "
            + "не должны повторяться — переименуйте один из них"),
        at: repeated.location,
        related: Wording.note("first defined here", "впервые определён здесь", at: first.location),
        events: kinds.contains(.event) ? [id] : [],
        people: kinds.contains(.person) ? [id] : [])
    }
  }
}
