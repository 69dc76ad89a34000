import VisitCore
import VisitDiagnostics

/// `after-order`: an event starts before an event in its `after` list ends,
/// plus the travel time between their places — in absolute time, across
/// days too. Only when both have a date and a time.
struct AfterOrderRule: CheckRule {
  var id: RuleID { .afterOrder }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var indices: [Int] = []
    context.forEachEvent(where: { !$0.after.isEmpty }) { indices.append($0) }
    for index in indices {
      let event = context.event(index)
      guard !event.after.isEmpty, let start = Self.moment(index, start: true, context) else {
        continue
      }
      for predecessor in event.after {
        guard let other = context.eventIndexByID[predecessor.value], other != index,
          let end = Self.moment(other, start: false, context)
        else { continue }
        let (_, from) = Sweep.places(of: other, in: context)
        let (to, _) = Sweep.places(of: index, in: context)
        var travel = 0
        if let from, let to, from != to,
          let time = context.travelTimes.time(
            from: context.location(from), to: context.location(to))
        {
          travel = time.duration.count
        }
        guard start < end + travel else { continue }
        let name = Wording.eventWithTime(event)
        let before = Wording.eventWithTime(context.event(other))
        let road =
          travel > 0
          ? LocalizedText(
            english: " and \(Wording.duration(Minutes(travel)).english) of travel",
            russian: " и \(Wording.duration(Minutes(travel)).russian) дороги")
          : LocalizedText(english: "", russian: "")
        result.append(
          Diagnostic(
            .afterOrder,
            LocalizedText(
              english: "\(name.english) must come after \(before.english)\(road.english), but "
                + "starts before; move one of them, or take it out of \"after\"",
              russian: "\(name.russian) должно идти после \(before.russian)\(road.russian), "
                + "но начинается раньше; перенесите одно из них или уберите его из «after»"),
            at: event.timeLocation,
            related: Wording.note(
              "\"after\" is here", "«after» — здесь", at: predecessor.location),
            events: [context.event(other).id.value, event.id.value]))
      }
    }
    return result
  }

  /// Minutes since 1970 of an event's start or end; a start-only event ends
  /// as it starts.
  static func moment(_ index: Int, start: Bool, _ context: CheckContext) -> Int? {
    guard let (day, from, to) = context.scheduled(index), from <= to else { return nil }
    return Int(day) * 1440 + Int(start ? from : to)
  }
}
