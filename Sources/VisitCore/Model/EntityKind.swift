/// What an id names. References say which kinds they accept, so that naming a
/// person where an organization is needed is reported as such.
public enum EntityKind: String, Hashable, Sendable, CaseIterable, Comparable {
  case person
  case organization
  case place
  case site
  case event
  case agreement
  /// One of `visit.delegations`: a group word for its members.
  case delegation
  /// A named set of people (`groups`).
  case group

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
    case .delegation: 6
    case .group: 7
    }
  }
}

/// A set of entity kinds as bits: references say which kinds they accept, and
/// a forum-sized file has hundreds of thousands of references.
public struct EntityKinds: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  public init(_ kind: EntityKind) {
    self.init(rawValue: 1 << UInt8(EntityKind.allCases.firstIndex(of: kind) ?? 0))
  }

  public static let person = EntityKinds(.person)
  public static let organization = EntityKinds(.organization)
  public static let place = EntityKinds(.place)
  public static let site = EntityKinds(.site)
  public static let event = EntityKinds(.event)
  public static let agreement = EntityKinds(.agreement)
  public static let delegation = EntityKinds(.delegation)
  public static let group = EntityKinds(.group)

  public func contains(_ kind: EntityKind) -> Bool { contains(EntityKinds(kind)) }

  /// The kinds in the order of `EntityKind.allCases`.
  public var kinds: [EntityKind] { EntityKind.allCases.filter { contains($0) } }
}
