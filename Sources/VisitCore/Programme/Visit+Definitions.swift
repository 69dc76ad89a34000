/// Where an id is defined.
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

extension Visit {
  /// Every id the file defines, in file order within each collection. Events
  /// with a generated id are included: their ids are stable and can be named
  /// by an agreement's `event` or by `after`.
  public var definitions: [Definition] {
    var result: [Definition] = []
    result.reserveCapacity(people.count + organizations.count + places.count + sites.count)
    func add(_ id: Located<Identifier>, _ kind: EntityKind) {
      result.append(Definition(id: id.value, kind: kind, location: id.location))
    }
    for person in people { add(person.id, .person) }
    for organization in organizations { add(organization.id, .organization) }
    for place in places { add(place.id, .place) }
    for site in sites { add(site.id, .site) }
    for event in events { add(event.id, .event) }
    for agreement in agreements { add(agreement.id, .agreement) }
    return result
  }
}
