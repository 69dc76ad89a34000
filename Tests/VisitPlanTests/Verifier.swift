import VisitCore

/// An independent judge of a planned visit, as plain as can be: every pair of
/// events compared, every limit looked up in the model directly. It shares no
/// code with the planner or the checker beyond the model and travel times,
/// so a mistake in either shows up as a disagreement here.
struct Verifier {
  struct Placed {
    let event: Event
    let start: Int
    let end: Int
    let people: Set<Identifier>
  }

  let visit: Visit

  func problems() -> [String] {
    let people = PeopleIndex(visit: visit)
    let travel = TravelTimes(visit: visit)
    var placed: [Placed] = []
    for event in visit.events {
      guard let date = event.date, let time = event.time?.value else { continue }
      let base = date.daysSinceEpoch * 1440
      var who = Set(event.participants.flatMap { visit.people(for: $0.value, in: people) })
      who.formUnion(event.with.map(\.value).filter(people.contains))
      placed.append(
        Placed(
          event: event, start: base + time.start.minutesSinceMidnight,
          end: base + time.end.minutesSinceMidnight, people: who))
    }
    var found: [String] = []
    let byID = Dictionary(placed.map { ($0.event.id.value, $0) }, uniquingKeysWith: { a, _ in a })
    for (index, a) in placed.enumerated() {
      let name = a.event.id.value.rawValue
      if let window = a.event.window?.value {
        let day = a.start / 1440 * 1440
        if a.start < day + window.start.minutesSinceMidnight
          || a.end > day + window.end.minutesSinceMidnight
        {
          found.append("\(name) outside its window")
        }
      }
      if !a.event.dates.isEmpty, let date = a.event.date,
        !a.event.dates.map(\.value).contains(date)
      {
        found.append("\(name) on a date not in its dates")
      }
      for earlier in a.event.after {
        guard let b = byID[earlier.value] else { continue }
        let road =
          (b.event.site?.value).flatMap { from in
            (a.event.site?.value).flatMap { to in
              from == to ? nil : travel.time(from: from, to: to)?.duration.count
            }
          } ?? 0
        if a.start < b.end + road { found.append("\(name) starts before \(b.event.id.value) ends") }
      }
      for person in a.people {
        guard let model = visit.people.first(where: { $0.id.value == person }) else { continue }
        for busy in model.busy {
          let base = busy.value.date.daysSinceEpoch * 1440
          let range =
            busy.value.range.map {
              (base + $0.start.minutesSinceMidnight, base + $0.end.minutesSinceMidnight)
            } ?? (base, base + 1440)
          if a.start < range.1 && range.0 < a.end { found.append("\(person) busy at \(name)") }
        }
      }
      if let siteID = a.event.site?.value,
        let site = visit.sites.first(where: { $0.id.value == siteID }), let date = a.event.date
      {
        if site.closedDates.contains(where: { $0.value == date }) {
          found.append("\(name) at a closed site")
        }
        if let hours = site.hours?.value, let time = a.event.time?.value,
          !hours.isOpen(throughout: time, on: date.weekday)
        {
          found.append("\(name) outside the site's hours")
        }
      }
      for b in placed[(index + 1)...] where a.start < b.end && b.start < a.end {
        if !a.people.isDisjoint(with: b.people) {
          found.append("\(name) and \(b.event.id.value) share a person at once")
        }
        if let site = a.event.site?.value, site == b.event.site?.value,
          visit.sites.first(where: { $0.id.value == site })?.isShared?.value != true
        {
          found.append("\(name) and \(b.event.id.value) share a site at once")
        }
      }
    }
    return found
  }
}
