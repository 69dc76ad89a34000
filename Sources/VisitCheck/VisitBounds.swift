import VisitCore

/// `PresenceBounds` over the check context: people by index, each bound
/// with the leg or the person that sets it, for the messages.
struct VisitBounds {
  struct Bound {
    let minute: Int
    /// The leg or the person that sets it.
    let event: Int?
    let location: SourceLocation?
  }

  var arrival: [Int: Bound] = [:]
  var departure: [Int: Bound] = [:]

  init(_ context: CheckContext) {
    typealias Presence = PresenceBounds<Int, (event: Int?, location: SourceLocation?)>
    var legs: [Presence.Leg] = []
    for index in context.arrivalsAndDepartures where context.day(of: index) != nil {
      let event = context.event(index)
      guard let span = event.legSpan else { continue }
      let greeters = Set(event.with.compactMap { context.personIndex[$0.value] })
      legs.append(
        Presence.Leg(
          isArrival: event.isArrival, span: span,
          people: context.participants(of: index).map(Int.init).filter { !greeters.contains($0) },
          source: (index, event.timeLocation)))
    }
    var arrives: [(Int, Presence.Bound)] = []
    var leaves: [(Int, Presence.Bound)] = []
    for person in context.visit.people {
      guard let index = context.personIndex[person.id.value] else { continue }
      if let value = person.arrives {
        arrives.append(
          (
            index,
            Presence.Bound(minute: value.value.minutesSinceEpoch, source: (nil, value.location))
          ))
      }
      if let value = person.leaves {
        // A date alone means the person leaves at the end of that day.
        leaves.append(
          (index, Presence.Bound(minute: value.value.endMinute, source: (nil, value.location))))
      }
    }
    let bounds = Presence(legs: legs, arrives: arrives, leaves: leaves)
    arrival = bounds.arrival.mapValues {
      Bound(minute: $0.minute, event: $0.source.event, location: $0.source.location)
    }
    departure = bounds.departure.mapValues {
      Bound(minute: $0.minute, event: $0.source.event, location: $0.source.location)
    }
  }
}
