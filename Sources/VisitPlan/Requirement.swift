/// One line of the file that constrains an event, as "why not" names it
/// (planner.md, "Why not"). Dropping it relaxes the placement test exactly
/// as the spec says: a duration becomes 1 minute, a travel time 0, a timed
/// event leaves the programme, the hours of that date open all day, a site
/// becomes shared, a limit disappears.
enum RequirementKey: Hashable, Comparable, Sendable {
  case timedEvent(Int)
  case busy(person: Int, entry: Int)
  case arrives(person: Int)
  case leaves(person: Int)
  case travel(from: Int, to: Int)
  case siteOverlap
  case capacity
  case closed(day: Int)
  case hours(day: Int)
  /// The event's own `after` entry naming this item.
  case after(Int)
  /// Another event's `after` entry naming this one.
  case followedBy(Int)
  case lunch
  case maxDayLength
  case dayWindow
  case window
  case dates
  case duration

  /// The spec's `kind` word.
  var kind: String {
    switch self {
    case .timedEvent: "timed-event"
    case .busy: "busy"
    case .arrives: "arrives"
    case .leaves: "leaves"
    case .travel: "travel"
    case .siteOverlap: "site-overlap"
    case .capacity: "capacity"
    case .closed: "closed"
    case .hours: "hours"
    case .after, .followedBy: "after"
    case .lunch: "lunch"
    case .maxDayLength: "max-day-length"
    case .dayWindow: "day-window"
    case .window: "window"
    case .dates: "dates"
    case .duration: "duration"
    }
  }
}

/// The requirements switched off for one placement test; empty while
/// planning, a subset of one event's requirements while explaining.
struct Relaxation {
  private(set) var dropped: Set<RequirementKey>
  /// The common case, tested first so that planning pays nothing.
  let isEmpty: Bool

  static let none = Relaxation([])

  init(_ dropped: Set<RequirementKey>) {
    self.dropped = dropped
    isEmpty = dropped.isEmpty
  }

  @inline(__always) func drops(_ key: RequirementKey) -> Bool {
    !isEmpty && dropped.contains(key)
  }
}
