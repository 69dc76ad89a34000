import VisitCore
import VisitDiagnostics

/// `site-overlap`: two events at the same site overlap in time, and the site is
/// not `shared` (a street or a park may hold several at once). One diagnostic
/// per pair, at the event written later.
///
/// - Complexity: a sweep over each site's sorted events, O(n log n + pairs).
struct SiteOverlapRule: CheckRule {
  var id: RuleID { .siteOverlap }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var entriesBySite = [[TimelineEntry]](repeating: [], count: context.siteIDs.count)
    for index in 0..<context.eventCount {
      let site = Int(context.eventSite[index])
      let start = context.eventStart[index]
      let end = context.eventEnd[index]
      guard site >= 0, context.eventDay[index] != CheckContext.noDay, start >= 0, start < end,
        context.sites[site].isShared?.value != true
      else { continue }
      entriesBySite[site].append(
        TimelineEntry(event: Int32(index), day: context.eventDay[index], start: start, end: end))
    }
    var pairs: [(site: Int, pair: EventPair)] = []
    for (site, entries) in entriesBySite.enumerated() where entries.count > 1 {
      Sweep.forEachOverlap(in: entries.sorted()) { earlier, later in
        pairs.append((site, EventPair(earlier.event, later.event)))
      }
    }
    return pairs.sorted { $0.pair < $1.pair }.map { site, pair in
      let first = context.event(pair.first)
      let second = context.event(pair.second)
      let siteText = Wording.site(context.siteIDs[site], in: context)
      let firstText = Wording.eventWithTime(first)
      let secondText = Wording.eventWithTime(second)
      var people = context.participantIDs(of: pair.first)
      for person in context.participantIDs(of: pair.second) where !people.contains(person) {
        people.append(person)
      }
      return Diagnostic(
        .siteOverlap,
        LocalizedText(
          english: "\(siteText.english) is booked twice at once: \(firstText.english) and "
            + "\(secondText.english); move one, or mark the site \"shared: true\" if it can "
            + "hold both",
          russian: "площадка \(siteText.russian) занята дважды одновременно: \(firstText.russian) "
            + "и \(secondText.russian); перенесите одно из событий или отметьте площадку "
            + "«shared: true», если она вмещает оба"),
        at: second.timeLocation,
        related: Wording.note(
          "the other event is here", "другое событие — здесь", at: first.timeLocation),
        events: [first.id.value, second.id.value], people: people)
    }
  }
}
