import VisitCore
import VisitDiagnostics

/// `over-capacity` (warning): more people take part in an event than its site
/// holds. People are counted once each, group words expanded; organizations
/// taking part as a body are not counted, since their numbers are unknown.
struct OverCapacityRule: CheckRule {
  var id: RuleID { .overCapacity }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for index in 0..<context.eventCount {
      guard let site = context.knownSite(of: index), let capacity = context.sites[site].capacity
      else { continue }
      let count = context.participants(of: index).count
      guard count > capacity.value else { continue }
      let event = context.event(index)
      let name = Wording.event(event)
      let siteText = Wording.site(context.siteIDs[site], in: context)
      result.append(
        Diagnostic(
          .overCapacity,
          LocalizedText(
            english: "\(count) people take part in \(name.english), but \(siteText.english) "
              + "holds \(capacity.value); choose a larger site or fewer participants",
            russian: "в событии \(name.russian) "
              + RussianPlural.phrase(count, "участник", "участника", "участников")
              + ", а площадка \(siteText.russian) вмещает \(capacity.value); выберите площадку "
              + "побольше или сократите состав"),
          at: event.site?.location ?? event.location,
          related: Wording.note(
            "the capacity is given here", "вместимость указана здесь", at: capacity.location),
          events: [event.id.value], people: context.participantIDs(of: index)))
    }
    return result
  }
}
