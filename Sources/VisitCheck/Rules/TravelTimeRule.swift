import VisitCore
import VisitDiagnostics

/// `travel-time`: a person's consecutive events on one day are at different
/// sites, and the gap between them is shorter than the travel time. One
/// diagnostic per pair of events, naming everyone who must make the journey;
/// the message gives the gap, the time needed and where that time comes from.
///
/// - Complexity: linear in the timelines, plus one travel lookup per distinct
///   pair of sites.
struct TravelTimeRule: CheckRule {
  var id: RuleID { .travelTime }

  /// From one site to another: the direction matters (`oneway` entries).
  private struct SitePair: Hashable {
    let from: Int32
    let to: Int32
  }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var cache: [SitePair: TravelTime?] = [:]
    var peopleByPair: [EventPair: [Identifier]] = [:]
    var moveByPair: [EventPair: (move: Sweep.Move, travel: TravelTime)] = [:]
    Sweep.forEachMove(in: context) { move in
      let sites = SitePair(from: move.fromKey, to: move.toKey)
      let travel: TravelTime?
      if let cached = cache[sites] {
        travel = cached
      } else {
        travel = context.travelTimes.time(
          from: context.location(move.fromKey), to: context.location(move.toKey))
        cache[sites] = travel
      }
      guard let travel, Int(move.to.start - move.from.end) < travel.duration.count else { return }
      let pair = EventPair(move.from.event, move.to.event)
      peopleByPair[pair, default: []].append(context.personIDs[move.person])
      if moveByPair[pair] == nil { moveByPair[pair] = (move, travel) }
    }
    let moves = moveByPair.keys.sorted().compactMap { pair -> Diagnostic? in
      guard let (move, travel) = moveByPair[pair] else { return nil }
      return diagnostic(move, travel: travel, people: peopleByPair[pair] ?? [], context)
    }
    return moves + journeys(context)
  }

  /// A leg with `from`/`to`, or an item that begins with its own transfer,
  /// must itself last at least the travel time between its two ends. Only
  /// events with a stated range: an unknown length is not checked.
  private func journeys(_ context: CheckContext) -> [Diagnostic] {
    context.eventJourneyKeys.keys.sorted().compactMap { index in
      guard let (_, start, end) = context.scheduled(index), start < end else { return nil }
      let (fromKey, toKey) = Sweep.places(of: index, in: context)
      guard let fromKey, let toKey, fromKey != toKey else { return nil }
      let from = context.location(fromKey)
      let to = context.location(toKey)
      guard
        let travel = context.travelTimes.time(from: from, to: to),
        Int(end - start) < travel.duration.count
      else { return nil }
      let event = context.event(index)
      let people = context.participantIDs(of: index)
      let length = Wording.duration(Minutes(Int(end - start)))
      let needed = Wording.duration(travel.duration)
      let name = Wording.eventWithTime(event)
      let fromText = Wording.site(from, in: context)
      let toText = Wording.site(to, in: context)
      let source = Self.source(travel.source, context)
      return Diagnostic(
        .travelTime,
        LocalizedText(
          english: "\(name.english) leaves \(length.english) to get from \(fromText.english) to "
            + "\(toText.english), and the road takes \(needed.english) (\(source.english)); "
            + "make it longer or correct \"from\"/\"to\"",
          russian: "на событие \(name.russian) отведено \(length.russian), чтобы добраться из "
            + "\(fromText.russian) в \(toText.russian), а дорога занимает \(needed.russian) "
            + "(\(source.russian)); увеличьте время или исправьте «from»/«to»"),
        at: event.timeLocation, related: Self.entryNote(travel), events: [event.id.value],
        people: people)
    }
  }

  private func diagnostic(
    _ move: Sweep.Move, travel: TravelTime, people: [Identifier], _ context: CheckContext
  ) -> Diagnostic {
    let from = context.event(Int(move.from.event))
    let to = context.event(Int(move.to.event))
    let names = Wording.people(people.map(context.displayName(of:)))
    let gap = Wording.duration(Minutes(Int(move.to.start - move.from.end)))
    let needed = Wording.duration(travel.duration)
    let fromText = Wording.event(from)
    let toText = Wording.event(to)
    let fromSite = Wording.site(context.location(move.fromKey), in: context)
    let toSite = Wording.site(context.location(move.toKey), in: context)
    let fromEnd = WallClockTime(minutesSinceMidnight: Int(move.from.end)).map { "\($0)" } ?? ""
    let toStart = WallClockTime(minutesSinceMidnight: Int(move.to.start)).map { "\($0)" } ?? ""
    let source = Self.source(travel.source, context)
    let many = people.count > 1
    let related =
      Wording.note(
        "the previous event is here", "предыдущее событие — здесь", at: from.timeLocation)
      + Self.entryNote(travel)
    return Diagnostic(
      .travelTime,
      LocalizedText(
        english: "\(names.english) cannot get from \(fromText.english) at \(fromSite.english) "
          + "(ends \(fromEnd)) to \(toText.english) at \(toSite.english) (starts \(toStart)) "
          + "in time: \(gap.english) between them, \(needed.english) needed (\(source.english))",
        russian: "\(names.russian) не \(many ? "успеют" : "успеет") добраться из "
          + "\(fromSite.russian) после события \(fromText.russian) (окончание в \(fromEnd)) в "
          + "\(toSite.russian) к событию \(toText.russian) (начало в \(toStart)): между ними "
          + "\(gap.russian), а дорога занимает \(needed.russian) (\(source.russian))"),
      at: to.timeLocation, related: related, events: [from.id.value, to.id.value], people: people)
  }

  /// A related note at the `travel` entry the time comes from, if one does.
  static func entryNote(_ travel: TravelTime) -> [RelatedNote] {
    guard case .entry(_, _, let location) = travel.source else { return [] }
    return Wording.note("the travel time is given here", "время в пути задано здесь", at: location)
  }

  /// Where the travel time comes from, so the user knows what to change.
  static func source(_ source: TravelTimeSource, _ context: CheckContext) -> LocalizedText {
    switch source {
    case .sameSite:
      return LocalizedText(english: "same site", russian: "та же площадка")
    case .roomTransfer(let building):
      let name = context.siteByID[building]?.name?.value ?? building.rawValue
      return LocalizedText(
        english: "between rooms of \(name)", russian: "переход между помещениями: \(name)")
    case .entry(let from, let to, _):
      return LocalizedText(
        english: "travel entry \(from) – \(to)", russian: "запись в travel: \(from) – \(to)")
    case .localTransfer(let place):
      let name = context.placeByID[place]?.name?.value ?? place.rawValue
      return LocalizedText(
        english: "local transfer within \(name)", russian: "переезд в пределах: \(name)")
    case .estimate(let distance):
      let kilometres = Int(distance.rounded())
      return LocalizedText(
        english: "estimated from \(kilometres) km in a straight line",
        russian: "оценка по расстоянию \(kilometres) км по прямой")
    }
  }
}
