import VisitCore
import VisitDiagnostics

/// `unknown-reference`: a reference names no defined id, or an id of the wrong
/// kind (a person where an organization is needed). Suggests the closest id of
/// a kind the reference accepts.
///
/// Suggestions are looked for for the first `suggestionLimit` distinct
/// unknown names only, as compilers limit their spelling corrections
/// (clang's `-fspell-checking-limit`): a file with thousands of unknown
/// references is not mistyped, and looking each up against thousands of ids
/// took a quarter of a minute.
struct UnknownReferenceRule: CheckRule {
  var id: RuleID { .unknownReference }

  static let suggestionLimit = 100

  func check(_ context: CheckContext) -> [Diagnostic] {
    var indexByKinds: [EntityKinds: SpellingIndex] = [:]
    var suggestions: [Pair: String?] = [:]
    var result: [Diagnostic] = []
    func suggestion(for target: Identifier, kinds: EntityKinds) -> String? {
      let key = Pair(target: target, kinds: kinds)
      if let known = suggestions[key] { return known }
      guard suggestions.count < Self.suggestionLimit else { return nil }
      let index =
        indexByKinds[kinds]
        ?? SpellingIndex(
          context.sortedIDs().filter { kinds.contains($0.kind) }.map(\.id.rawValue))
      indexByKinds[kinds] = index
      let found = index.closest(to: target.rawValue)
      suggestions[key] = .some(found)
      return found
    }
    // Participants that are people and sites that exist are resolved in the
    // context already; only the rest is looked at here.
    func visit(_ reference: Reference) {
      let target = reference.target.value
      let foundKind = context.kind(of: target)
      if let foundKind, reference.acceptedKinds.contains(foundKind) { return }
      let suggestion = suggestion(for: target, kinds: reference.acceptedKinds)
      let needed = EntityKind.idWording(ofAny: reference.acceptedKinds)
      let hint = Self.hint(suggestion)
      let message: LocalizedText
      if let foundKind {
        message = LocalizedText(
          english: "\(Quote.english(target.rawValue)) is \(foundKind.wording.english), but "
            + "\(Quote.english(reference.key)) needs \(needed.english)\(hint.english)",
          russian: "\(Quote.russian(target.rawValue)) — это \(foundKind.wording.russian), а в "
            + "\(Quote.russian(reference.key)) нужен \(needed.russian)\(hint.russian)")
      } else {
        message = LocalizedText(
          english: "\(Quote.english(reference.key)) names \(Quote.english(target.rawValue)), "
            + "which is not defined; it should be \(needed.english)\(hint.english)",
          russian: "в \(Quote.russian(reference.key)) указан \(Quote.russian(target.rawValue)), "
            + "но такой идентификатор не определён; нужен \(needed.russian)\(hint.russian)")
      }
      result.append(
        Diagnostic(
          .unknownReference, message, at: reference.target.location,
          events: reference.event.map { [$0] } ?? []))
    }
    context.visit.forEachReference(includingParticipantsAndSites: false, visit)
    for index in context.eventsWithUnresolvedReferences {
      let event = context.event(index)
      if let site = event.site, context.siteByID[site.value] == nil {
        visit(Reference(target: site, acceptedKinds: .site, key: "site", event: event.id.value))
      }
      for participant in event.participants {
        guard case .entity(let id) = participant.value, context.personIndex[id] == nil else {
          continue
        }
        visit(
          Reference(
            target: Located(id, at: participant.location),
            acceptedKinds: context.visit.participantKinds, key: "participants",
            event: event.id.value))
      }
    }
    return result
  }

  private struct Pair: Hashable {
    let target: Identifier
    let kinds: EntityKinds
  }

  private static func hint(_ suggestion: String?) -> LocalizedText {
    guard let suggestion else { return LocalizedText(english: "", russian: "") }
    return LocalizedText(
      english: "; did you mean \(Quote.english(suggestion))?",
      russian: "; возможно, имелось в виду \(Quote.russian(suggestion))?")
  }
}
