/// What an id names. References say which kinds they accept, so that naming a
/// person where an organization is needed is reported as such.
public enum EntityKind: String, Hashable, Sendable, CaseIterable, Comparable {
  case person
  case organization
  case place
  case site
  case event
  case agreement

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    lhs.sortOrder < rhs.sortOrder
  }

  private var sortOrder: Int {
    switch self {
    case .person: 0
    case .organization: 1
    case .place: 2
    case .site: 3
    case .event: 4
    case .agreement: 5
    }
  }
}
