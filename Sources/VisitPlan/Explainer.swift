import VisitCore
import VisitDiagnostics
import VisitLanguage

/// "Why not" (planner.md): for an event that cannot be placed, a minimal set
/// of the lines of the file that together keep it out. A deletion filter:
/// start from every requirement that bears on the event, and drop each one
/// whose absence still leaves the event out; what remains keeps it out, and
/// without any one member it would fit. The placement test is the oracle.
struct Explainer {
  let placement: Placement
  private var problem: PlanProblem { placement.problem }

  func explain(_ item: Int) -> PlanOutcome.Unplaced {
    let universe = requirements(of: item)
    var kept = universe
    if !placement.canPlace(item, Relaxation(Set(universe))) {
      // Nothing in the file explains it (the visit has no days): no set.
      kept = []
    } else {
      for key in universe {
        let trial = kept.filter { $0 != key }
        let dropped = Set(universe).subtracting(trial)
        if !placement.canPlace(item, Relaxation(dropped)) { kept = trial }
      }
    }
    let event = problem.items[item].event
    return PlanOutcome.Unplaced(
      eventIndex: item, id: problem.items[item].id, location: event.location,
      requirements: kept.map { describe($0, for: item) })
  }

  /// Every requirement that can bear on the event, in a fixed order: the
  /// other events first, the event's own limits last, so that a filter that
  /// tries them in turn keeps the event's own lines when either would do.
  func requirements(of item: Int) -> [RequirementKey] {
    let subject = problem.items[item]
    var keys: Set<RequirementKey> = [.duration, .dayWindow, .maxDayLength]
    if subject.window != nil { keys.insert(.window) }
    if subject.isTask && subject.blockDay == nil && !subject.dates.isEmpty { keys.insert(.dates) }
    if problem.lunch != nil { keys.insert(.lunch) }
    let days = placement.candidateDays(of: item, Relaxation([.dates]))
    let schedule = placement.schedule
    func travelBetween(_ other: Int) {
      let otherItem = problem.items[other]
      for (from, to) in [
        (otherItem.endPlace, subject.startPlace), (subject.endPlace, otherItem.startPlace),
      ] {
        if let from, let to, from != to, problem.travel(from: from, to: to) > 0 {
          keys.insert(.travel(from: from, to: to))
        }
      }
    }
    for person in subject.people {
      let info = problem.people[person]
      if info.arrival != nil { keys.insert(.arrives(person: person)) }
      if info.departure != nil { keys.insert(.leaves(person: person)) }
      for day in days {
        for busy in info.busy where busy.start < (day + 1) * 1440 && day * 1440 < busy.end {
          keys.insert(.busy(person: person, entry: busy.entry))
        }
        for other in schedule.items(ofPerson: person, day: day) where other != item {
          keys.insert(.timedEvent(other))
          travelBetween(other)
        }
      }
    }
    if let site = subject.site {
      let info = problem.sites[site]
      if info.isShared {
        if info.capacity != nil { keys.insert(.capacity) }
      } else {
        keys.insert(.siteOverlap)
      }
      for day in days {
        if info.closed.contains(day) { keys.insert(.closed(day: day)) }
        if let week = info.week {
          let ranges = week[CalendarDateWeekday.index(ofDay: day)]
          if !ranges.contains(where: { $0.start == 0 && $0.end == 1440 }) {
            keys.insert(.hours(day: day))
          }
        }
        for other in schedule.items(atSite: site, day: day) where other != item {
          keys.insert(.timedEvent(other))
        }
      }
    }
    for earlier in subject.after where schedule.isPlaced(earlier) {
      keys.insert(.after(earlier))
      keys.insert(.timedEvent(earlier))
      travelBetween(earlier)
    }
    for later in problem.followers[item] where schedule.isPlaced(later) {
      keys.insert(.followedBy(later))
      keys.insert(.timedEvent(later))
      travelBetween(later)
    }
    return keys.sorted()
  }

  // MARK: Wording

  private func describe(_ key: RequirementKey, for item: Int) -> PlanOutcome.Requirement {
    let subject = problem.items[item]
    let event = subject.event
    let settings = problem.visit.settings
    let (location, text): (SourceLocation?, LocalizedText)
    switch key {
    case .duration:
      let length = PlanWording.duration(subject.duration)
      location = event.plannedDuration?.location ?? settings.defaultDuration?.location
      let written = event.plannedDuration != nil
      text = LocalizedText(
        english: "it lasts \(length.english)" + (written ? "" : " (default-duration)"),
        russian: "оно длится \(length.russian)" + (written ? "" : " (default-duration)"))
    case .window:
      let window = event.window?.value.description ?? ""
      let length = PlanWording.duration(subject.duration)
      location = event.window?.location
      text = LocalizedText(
        english: "it needs \(length.english) inside \(window) (window)",
        russian: "ему нужно \(length.russian) в интервале \(window) (window)")
    case .dates:
      let dates = event.dates.map(\.value)
      location = event.dates.first?.location
      text = LocalizedText(
        english: "it may take only \(PlanWording.dates(dates, .english))",
        russian: "допустимые даты: \(PlanWording.dates(dates, .russian))")
    case .dayWindow:
      let window = settings.effectiveDayWindow
      location = settings.dayWindow?.location
      text = LocalizedText(
        english: "the programme's day runs \(window) (day-window)",
        russian: "день программы — \(window) (day-window)")
    case .maxDayLength:
      let length = PlanWording.duration(problem.maxDayLength)
      location = settings.maxDayLength?.location
      text = LocalizedText(
        english: "a person's day lasts at most \(length.english) (max-day-length)",
        russian: "день участника длится не более \(length.russian) (max-day-length)")
    case .lunch:
      let rule = settings.lunch?.value
      let length = PlanWording.duration(rule?.length.count ?? 0)
      location = settings.lunch?.location
      text = LocalizedText(
        english:
          "everyone needs \(length.english) for lunch within \(rule?.range.description ?? "")",
        russian:
          "каждому нужно \(length.russian) на обед в интервале \(rule?.range.description ?? "")")
    case .timedEvent(let other):
      (location, text) = occupied(by: other, for: item)
    case .busy(let person, let entry):
      let info = problem.visit.people.first { $0.id.value == problem.people[person].id }
      let period = info?.busy[entry]
      let name = PlanWording.person(problem.people[person].id, in: problem.visit)
      location = period?.location
      let busyWord = info?.effectiveGender == .female ? "занята" : "занят"
      let when = period.map { PlanWording.busy($0.value) }
      text = LocalizedText(
        english: "\(name) is busy \(when?.english ?? "")",
        russian: "\(name) \(busyWord) \(when?.russian ?? "")")
    case .arrives(let person):
      (location, text) = bound(person, arrival: true)
    case .leaves(let person):
      (location, text) = bound(person, arrival: false)
    case .travel(let from, let to):
      let minutes = PlanWording.duration(problem.travel(from: from, to: to))
      let source = problem.travelSource(from: from, to: to)
      if case .entry(_, _, let entry) = source?.source {
        location = entry
      } else {
        location = settings.localTransfer?.location
      }
      let fromName = PlanWording.location(problem.locations[from], in: problem.visit)
      let toName = PlanWording.location(problem.locations[to], in: problem.visit)
      text = LocalizedText(
        english:
          "the journey from \(fromName.english) to \(toName.english) takes \(minutes.english)",
        russian: "дорога из \(fromName.russian) в \(toName.russian) занимает \(minutes.russian)")
    case .siteOverlap:
      let site = siteOf(subject)
      location = site?.id.location
      let name = PlanWording.location(site?.id.value, in: problem.visit)
      text = LocalizedText(
        english: "\(name.english) holds one event at a time",
        russian: "на площадке \(name.russian) одновременно проходит одно событие")
    case .capacity:
      let site = siteOf(subject)
      location = site?.capacity?.location
      let name = PlanWording.location(site?.id.value, in: problem.visit)
      let capacity = site?.capacity?.value ?? 0
      text = LocalizedText(
        english: "\(name.english) holds \(capacity) people at once",
        russian: "площадка \(name.russian) вмещает \(capacity) чел. одновременно")
    case .closed(let day):
      let site = siteOf(subject)
      location =
        site?.closedDates.first { $0.value.daysSinceEpoch == day }?.location ?? site?.id.location
      let name = PlanWording.location(site?.id.value, in: problem.visit)
      let date = CalendarDate(daysSinceEpoch: day)
      text = LocalizedText(
        english: "\(name.english) is closed on \(DateFormat.long(date, .english))",
        russian: "площадка \(name.russian) закрыта \(DateFormat.long(date, .russian))")
    case .hours(let day):
      let site = siteOf(subject)
      location = site?.hours?.location ?? site?.id.location
      let name = PlanWording.location(site?.id.value, in: problem.visit)
      let date = CalendarDate(daysSinceEpoch: day)
      let ranges = (problem.openRanges(site: subject.site ?? 0, day: day) ?? [])
        .map { PlanWording.range($0.start, $0.end) }
      let open = ranges.isEmpty ? nil : ranges.joined(separator: ", ")
      text = LocalizedText(
        english: open.map {
          "\(name.english) is open only \($0) on \(DateFormat.long(date, .english))"
        }
          ?? "\(name.english) is closed on \(DateFormat.long(date, .english))",
        russian: open.map {
          "площадка \(name.russian) работает \(DateFormat.long(date, .russian)) только \($0)"
        }
          ?? "площадка \(name.russian) закрыта \(DateFormat.long(date, .russian))")
    case .after(let earlier):
      let entry = event.after.first { $0.value == problem.items[earlier].id }
      location = entry?.location
      let name = PlanWording.event(problem.items[earlier].event)
      text = LocalizedText(
        english: "it must follow \(name.english)",
        russian: "оно должно идти после события \(name.russian)"
      )
    case .followedBy(let later):
      let laterEvent = problem.items[later].event
      let entry = laterEvent.after.first { $0.value == subject.id }
      location = entry?.location
      let name = PlanWording.event(laterEvent)
      text = LocalizedText(
        english: "it must end before \(name.english)",
        russian: "оно должно закончиться до события \(name.russian)")
    }
    return PlanOutcome.Requirement(kind: key.kind, location: location, text: text, key: key)
  }

  private func siteOf(_ item: PlanProblem.Item) -> Site? {
    item.event.site.flatMap { id in problem.visit.sites.first { $0.id.value == id.value } }
  }

  /// "«Школьный музей» (19 June 11:00–11:45) takes Котов Евгений until
  /// 11:45, and 15 min of travel follow".
  private func occupied(by other: Int, for item: Int) -> (SourceLocation?, LocalizedText) {
    let subject = problem.items[item]
    let otherItem = problem.items[other]
    let schedule = placement.schedule
    let start = schedule.start[other] ?? 0
    let end = schedule.end[other]
    let day = Schedule.day(of: start)
    let date = CalendarDate(daysSinceEpoch: day)
    let when =
      start == end
      ? PlanWording.time(start - day * 1440)
      : PlanWording.range(start - day * 1440, end - day * 1440)
    let name = PlanWording.event(otherItem.event)
    let shared = subject.people.filter(otherItem.people.contains)
      .map { PlanWording.person(problem.people[$0].id, in: problem.visit) }
    let byPlanner = otherItem.isTask || otherItem.isMovable
    let location =
      byPlanner
      ? otherItem.event.location : (otherItem.event.timeLocation ?? otherItem.event.location)
    let placed = LocalizedText(
      english: byPlanner ? " (placed by the planner)" : "",
      russian: byPlanner ? " (поставлено планировщиком)" : "")
    let dayText = LocalizedText(
      english: DateFormat.dayAndMonth(date, .english),
      russian: DateFormat.dayAndMonth(date, .russian))
    if shared.isEmpty && (otherItem.site == nil || otherItem.site != subject.site) {
      // Neither a person nor the venue in common: an event it must follow
      // or precede, which simply takes place then.
      return (
        location,
        LocalizedText(
          english: "\(name.english)\(placed.english) runs on \(dayText.english) \(when)",
          russian: "\(name.russian)\(placed.russian) проходит \(dayText.russian) \(when)")
      )
    }
    if shared.isEmpty {
      let site = PlanWording.location(otherItem.event.site?.value, in: problem.visit)
      return (
        location,
        LocalizedText(
          english:
            "\(name.english) (\(dayText.english) \(when))\(placed.english) takes \(site.english)",
          russian:
            "\(name.russian) (\(dayText.russian) \(when))\(placed.russian) занимает площадку \(site.russian)"
        )
      )
    }
    let people = shared.joined(separator: ", ")
    let whom = shared.count > 1 ? "участников" : "участника"
    return (
      location,
      LocalizedText(
        english: "\(name.english) (\(dayText.english) \(when))\(placed.english) takes \(people)",
        russian:
          "\(name.russian) (\(dayText.russian) \(when))\(placed.russian) занимает время \(whom): "
          + people)
    )
  }

  private func bound(_ person: Int, arrival: Bool) -> (SourceLocation?, LocalizedText) {
    let info = problem.people[person]
    let bound = arrival ? info.arrival : info.departure
    let model = problem.visit.people.first { $0.id.value == info.id }
    var location = arrival ? model?.arrives?.location : model?.leaves?.location
    if let leg = bound?.leg { location = problem.items[leg].event.timeLocation ?? location }
    let minute = bound?.minute ?? 0
    let day = Schedule.day(of: minute)
    let date = CalendarDate(daysSinceEpoch: day)
    let time = PlanWording.time(minute - day * 1440)
    let name = PlanWording.person(info.id, in: problem.visit)
    return (
      location,
      arrival
        ? LocalizedText(
          english: "\(name) arrives on \(DateFormat.dayAndMonth(date, .english)) at \(time)",
          russian: "\(name) прибывает \(DateFormat.dayAndMonth(date, .russian)) в \(time)")
        : LocalizedText(
          english: "\(name) leaves on \(DateFormat.dayAndMonth(date, .english)) at \(time)",
          russian: "\(name) убывает \(DateFormat.dayAndMonth(date, .russian)) в \(time)")
    )
  }
}
