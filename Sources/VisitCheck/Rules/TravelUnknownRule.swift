import VisitCore
import VisitDiagnostics

/// `travel-unknown` (note): a person goes from one site to another on the same
/// day and no travel time can be found (no entry, different places, no
/// coordinates). Once per pair of sites, at the first such journey in the
/// file; the travel check skips that pair.
struct TravelUnknownRule: CheckRule {
  var id: RuleID { .travelUnknown }

  private struct Direction: Hashable {
    let from: Int32
    let to: Int32
  }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var unknown: [Direction: Bool] = [:]
    var firstMove: [Direction: Sweep.Move] = [:]
    Sweep.forEachMove(in: context) { move in
      let direction = Direction(from: move.fromKey, to: move.toKey)
      let isUnknown =
        unknown[direction]
        ?? (context.travelTimes.time(
          from: context.location(move.fromKey), to: context.location(move.toKey)) == nil)
      unknown[direction] = isUnknown
      guard isUnknown else { return }
      // Once per pair of sites, whichever way round.
      let pair = Direction(from: min(move.fromKey, move.toKey), to: max(move.fromKey, move.toKey))
      if let existing = firstMove[pair], existing.to.event <= move.to.event { return }
      firstMove[pair] = move
    }
    return firstMove.values.sorted { $0.to.event < $1.to.event }.map { move in
      let from = context.event(Int(move.from.event))
      let to = context.event(Int(move.to.event))
      let fromSite = Wording.site(context.location(move.fromKey), in: context)
      let toSite = Wording.site(context.location(move.toKey), in: context)
      return Diagnostic(
        .travelUnknown,
        LocalizedText(
          english: "the travel time from \(fromSite.english) to \(toSite.english) is unknown, so "
            + "it is not checked; add a \"travel\" entry or coordinates (\"geo\") for both",
          russian: "время в пути из \(fromSite.russian) в \(toSite.russian) неизвестно, и оно не "
            + "проверяется; добавьте запись в «travel» или координаты («geo») обеих площадок"),
        at: to.site?.location ?? to.location,
        related: Wording.note(
          "the journey starts after this event", "переезд начинается после этого события",
          at: from.site?.location ?? from.location),
        events: [from.id.value, to.id.value], people: [context.personIDs[move.person]])
    }
  }
}
