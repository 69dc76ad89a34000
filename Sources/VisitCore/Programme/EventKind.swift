/// What kind of programme item an event is; it drives wording in reports and
/// defaults in checks.
public enum EventKind: String, Hashable, Sendable, CaseIterable {
  case meeting
  case visit
  case signing
  case ceremony
  case memorial
  case meal
  case travel
  case arrival
  case departure
  case press
  case other

  /// A transfer, an arrival or a departure: a leg of the journey. Legs need
  /// no site, are never duplicates of one another, and are not narrated as
  /// events (programmes.md, "Transfers, arrivals and departures").
  public var isLeg: Bool { self == .travel || self == .arrival || self == .departure }
}

/// Media arrangements at an event (`press:`).
public enum PressAccess: String, Hashable, Sendable, CaseIterable {
  case open
  case closed
  case pool
  case photoOp = "photo-op"
}
