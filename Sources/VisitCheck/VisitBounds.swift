import VisitCore

/// When each person's visit begins and ends, from arrival and departure legs
/// and from `arrives`/`leaves` (programmes.md, "Arrival and departure bound a
/// person's visit"), in minutes since 1970-01-01 on the visit's wall clock.
///
/// A person's visit begins when their earliest arrival ends (a start-only
/// arrival ends as it starts) and ends when their latest departure after
/// that begins. An all-day or unscheduled leg bounds nothing, and the people
/// in an arrival's `with` (the greeters) are not bounded by it.
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
    var departures: [Int: [Bound]] = [:]
    for index in context.arrivalsAndDepartures {
      let day = context.eventDay[index]
      guard day != CheckContext.noDay else { continue }
      let event = context.event(index)
      guard let kind = event.kind?.value, kind == .arrival || kind == .departure,
        let begins = event.startTime
      else { continue }
      let ends = event.time?.value.end ?? begins
      let dayMinutes = Int(day) * 1440
      let greeters = Set(event.with.compactMap { context.personIndex[$0.value] })
      for person in context.participants(of: index) where !greeters.contains(Int(person)) {
        if kind == .arrival {
          let bound = Bound(
            minute: dayMinutes + ends.minutesSinceMidnight, event: index,
            location: event.timeLocation)
          if let known = arrival[Int(person)], known.minute <= bound.minute { continue }
          arrival[Int(person)] = bound
        } else {
          departures[Int(person), default: []].append(
            Bound(
              minute: dayMinutes + begins.minutesSinceMidnight, event: index,
              location: event.timeLocation))
        }
      }
    }
    for person in context.visit.people {
      guard let index = context.personIndex[person.id.value] else { continue }
      if let arrives = person.arrives, arrival[index] == nil {
        arrival[index] = Bound(
          minute: arrives.value.minutesSinceEpoch, event: nil, location: arrives.location)
      }
      if let leaves = person.leaves {
        // A date alone means the person leaves at the end of that day.
        let minute = leaves.value.endMinute
        departures[index, default: []].append(
          Bound(minute: minute, event: nil, location: leaves.location))
      }
    }
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
