/// When each person's visit begins and ends, from arrival and departure legs
/// and from `arrives`/`leaves` (programmes.md, "Arrival and departure bound a
/// person's visit"), in minutes since 1970-01-01 on the visit's wall clock.
/// The checker (`before-arrival`, `after-departure`) and the planner both
/// judge by it.
///
/// A person's visit begins when their earliest arrival ends (a start-only
/// arrival ends as it starts; a leg overrides `arrives`) and ends when their
/// latest departure at or after that begins. An all-day or unscheduled leg
/// bounds nothing, and the people in an arrival's `with` (the greeters) are
/// not bounded by it: callers leave them out of a leg's people.
///
/// Generic over how the caller names people and what it keeps of where a
/// bound comes from.
public struct PresenceBounds<Person: Hashable, Source> {
  public struct Bound {
    public let minute: Int
    public let source: Source

    public init(minute: Int, source: Source) {
      self.minute = minute
      self.source = source
    }
  }

  /// An arrival or departure leg with a time: who it brings or takes.
  public struct Leg {
    public let isArrival: Bool
    public let span: Event.LegSpan
    public let people: [Person]
    public let source: Source

    public init(isArrival: Bool, span: Event.LegSpan, people: [Person], source: Source) {
      self.isArrival = isArrival
      self.span = span
      self.people = people
      self.source = source
    }
  }

  public private(set) var arrival: [Person: Bound] = [:]
  public private(set) var departure: [Person: Bound] = [:]

  /// - Parameters:
  ///   - legs: in file order.
  ///   - arrives, leaves: the people's own `arrives` and `leaves`, in file order.
  public init(legs: [Leg], arrives: [(Person, Bound)], leaves: [(Person, Bound)]) {
    var departures: [Person: [Bound]] = [:]
    for leg in legs {
      for person in leg.people {
        if leg.isArrival {
          if let known = arrival[person], known.minute <= leg.span.end { continue }
          arrival[person] = Bound(minute: leg.span.end, source: leg.source)
        } else {
          departures[person, default: []].append(Bound(minute: leg.span.start, source: leg.source))
        }
      }
    }
    for (person, bound) in arrives where arrival[person] == nil { arrival[person] = bound }
    for (person, bound) in leaves { departures[person, default: []].append(bound) }
    // A departure before the person's arrival ("Вылет из Москвы") is the
    // journey there, not the end of the visit.
    for (person, bounds) in departures {
      let after = arrival[person]?.minute ?? Int.min
      if let latest = bounds.filter({ $0.minute >= after }).max(by: { $0.minute < $1.minute }) {
        departure[person] = latest
      }
    }
  }
}

extension Event {
  /// When an arrival or departure leg begins and ends, in minutes since
  /// 1970-01-01.
  public struct LegSpan: Hashable, Sendable {
    public let start: Int
    public let end: Int
  }

  /// The span of an arrival or departure leg that has a date and a time (a
  /// start-only one ends as it starts); nil for any other event.
  public var legSpan: LegSpan? {
    guard let kind = kind?.value, kind == .arrival || kind == .departure, let date,
      let begins = startTime
    else { return nil }
    let day = date.daysSinceEpoch * 1440
    let ends = time?.value.end ?? begins
    return LegSpan(start: day + begins.minutesSinceMidnight, end: day + ends.minutesSinceMidnight)
  }

  /// Whether this leg is an arrival (else a departure).
  public var isArrival: Bool { kind?.value == .arrival }
}
