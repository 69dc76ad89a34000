extension Visit {
  /// Everyone once, in protocol order: the head of the delegation, the rest
  /// of the delegation, the hosts, the guests, then anyone else — each group
  /// in file order. Workbooks and reports list people this way.
  public var peopleInProtocolOrder: [Person] {
    var seen: Set<Identifier> = []
    let people = people.filter { seen.insert($0.id.value).inserted }
    let head = info.delegation?.head?.value
    func rank(_ person: Person) -> Int {
      if person.id.value == head { return 0 }
      switch person.side?.value {
      case .delegation: return 1
      case .host: return 2
      case .guest: return 3
      case nil: return 4
      }
    }
    return people.enumerated().sorted {
      (rank($0.element), $0.offset) < (rank($1.element), $1.offset)
    }
    .map(\.element)
  }
}
