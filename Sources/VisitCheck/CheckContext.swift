public import VisitCore

/// The visit and the lookups several rules need, built once per check.
public struct CheckContext: Sendable {
  public let visit: Visit
  /// Every definition of each id, in file order; more than one is a duplicate.
  public let definitions: [Identifier: [Definition]]
  /// Ids in a stable order, for did-you-mean suggestions.
  public let sortedIDs: [Definition]
  public let people: PeopleIndex

  public init(visit: Visit) {
    self.visit = visit
    let all = visit.definitions
    self.definitions = Dictionary(grouping: all, by: \.id)
    self.sortedIDs = all.sorted { ($0.id, $0.kind) < ($1.id, $1.kind) }
    self.people = PeopleIndex(visit.people)
  }

  /// The kind of the first definition of `id`, if it is defined.
  public func kind(of id: Identifier) -> EntityKind? {
    definitions[id]?.first?.kind
  }
}
