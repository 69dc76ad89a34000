extension Dictionary where Key == Identifier {
  /// Entries by id. A collection may define an id twice (the `duplicate-id`
  /// check reports it); lookups take the first, as the checker does.
  public init(firstOf items: [Value], by id: (Value) -> Identifier) {
    self.init(minimumCapacity: items.count)
    for item in items where self[id(item)] == nil {
      self[id(item)] = item
    }
  }
}

extension Dictionary where Key == Identifier, Value == Place {
  /// The place and the places enclosing it, innermost first. Stops at an
  /// unknown id and at a loop (the `place-cycle` check reports it).
  public func chain(from id: Identifier?) -> [Identifier] {
    var chain: [Identifier] = []
    var seen: Set<Identifier> = []
    var next = id
    while let current = next, let place = self[current], seen.insert(current).inserted {
      chain.append(current)
      next = place.enclosingPlace?.value
    }
    return chain
  }

  /// The innermost place that holds all the given places (where a visit
  /// went, a day's area); nil when they share none.
  public func innermostCommon(of ids: [Identifier]) -> Identifier? {
    guard let first = ids.first else { return nil }
    var common = chain(from: first)
    for id in Set(ids.dropFirst()) {
      let other = Set(chain(from: id))
      common = common.filter(other.contains)
    }
    return common.first
  }
}
