/// Where an id is defined, and as what.
public struct Definition: Hashable, Sendable {
  public var id: Identifier
  public var kind: EntityKind
  public var location: SourceLocation?

  public init(id: Identifier, kind: EntityKind, location: SourceLocation?) {
    self.id = id
    self.kind = kind
    self.location = location
  }
}
