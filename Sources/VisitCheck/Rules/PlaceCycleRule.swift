import VisitCore
import VisitDiagnostics

/// `place-cycle`: the `in` chain of places loops (A in B, B in A), so no place
/// in it is inside anything real. Reported once per loop, at the `in` of the
/// loop's place written first, with the other links as related locations.
struct PlaceCycleRule: CheckRule {
  var id: RuleID { .placeCycle }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var placeByID: [Identifier: Place] = [:]
    for place in context.visit.places where placeByID[place.id.value] == nil {
      placeByID[place.id.value] = place
    }
    func parent(of id: Identifier) -> Identifier? {
      guard let next = placeByID[id]?.enclosingPlace?.value, placeByID[next] != nil else {
        return nil
      }
      return next
    }
    // Each place has at most one parent, so walking up from every place and
    // marking what was seen finds each loop once, in linear time.
    var finished: Set<Identifier> = []
    var result: [Diagnostic] = []
    for start in context.visit.places.map(\.id.value) where !finished.contains(start) {
      var path: [Identifier] = []
      var positionInPath: [Identifier: Int] = [:]
      var current: Identifier? = start
      while let id = current, !finished.contains(id) {
        if let loopStart = positionInPath[id] {
          result.append(diagnostic(for: Array(path[loopStart...]), placeByID))
          break
        }
        positionInPath[id] = path.count
        path.append(id)
        current = parent(of: id)
      }
      finished.formUnion(path)
    }
    return result
  }

  private func diagnostic(for loop: [Identifier], _ placeByID: [Identifier: Place]) -> Diagnostic {
    let links = loop.compactMap { placeByID[$0]?.enclosingPlace }
    let ordered = links.sorted { ($0.location ?? .startOfFile) < ($1.location ?? .startOfFile) }
    let names = loop.map(\.rawValue) + [loop[0].rawValue]
    let chain = names.joined(separator: " → ")
    return Diagnostic(
      .placeCycle,
      LocalizedText(
        english: "the places are inside each other in a loop (\(chain)); "
          + "change one \"in\" so that the chain ends at a place inside nothing",
        russian: "места вложены друг в друга по кругу (\(chain)); "
          + "исправьте одно из «in», чтобы цепочка заканчивалась местом, ни во что не входящим"),
      at: ordered.first?.location,
      related: ordered.dropFirst().compactMap { link in
        link.location.map {
          RelatedNote(
            LocalizedText(english: "the loop continues here", russian: "круг продолжается здесь"),
            at: $0)
        }
      })
  }
}
