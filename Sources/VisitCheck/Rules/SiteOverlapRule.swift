import VisitCore
import VisitDiagnostics

/// `site-overlap`: events at the same site overlap in time, and the site is
/// not `shared` (a street or a park may hold several at once). One
/// diagnostic per cluster of events that all run at one moment (two make
/// the familiar pair), at the event of the cluster written last.
///
/// - Complexity: a sweep over each site's sorted events, O(n log n + c) for
///   clusters of total size c.
struct SiteOverlapRule: CheckRule {
  var id: RuleID { .siteOverlap }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var entriesBySite = [[TimelineEntry]](repeating: [], count: context.siteIDs.count)
    for index in 0..<context.eventCount {
      guard let site = context.knownSite(of: index), let (_, start, end) = context.scheduled(index),
        start < end || context.eventIsPoint[index],
        context.sites[site].isShared?.value != true
      else { continue }
      entriesBySite[site].append(
        TimelineEntry(event: Int32(index), day: context.eventDay[index], start: start, end: end))
    }
    var clusters: [(site: Int, events: [Int32])] = []
    for (site, entries) in entriesBySite.enumerated() where entries.count > 1 {
      Sweep.forEachCluster(in: entries.sorted()) { cluster in
        clusters.append((site, cluster.map(\.event).sorted()))
      }
    }
    return clusters.sorted { $0.events.lexicographicallyPrecedes($1.events) }.map {
      site, cluster in
      let events = cluster.map { context.event(Int($0)) }
      let siteText = Wording.site(context.siteIDs[site], in: context)
      var people: [Identifier] = []
      var seen: Set<Identifier> = []
      for event in cluster {
        for person in context.participantIDs(of: Int(event)) where seen.insert(person).inserted {
          people.append(person)
        }
      }
      let message: LocalizedText
      if let first = events.first, let second = events.last, events.count == 2 {
        let firstText = Wording.eventWithTime(first)
        let secondText = Wording.eventWithTime(second)
        message = LocalizedText(
          english: "\(siteText.english) is booked twice at once: \(firstText.english) and "
            + "\(secondText.english); move one, or mark the site \"shared: true\" if it can "
            + "hold both",
          russian: "площадка \(siteText.russian) занята дважды одновременно: \(firstText.russian) "
            + "и \(secondText.russian); перенесите одно из событий или отметьте площадку "
            + "«shared: true», если она вмещает оба")
      } else {
        let list = Wording.eventsWithTimes(events)
        let times = RussianPlural.phrase(events.count, "раз", "раза", "раз")
        message = LocalizedText(
          english: "\(siteText.english) is booked \(events.count) times at once: \(list.english); "
            + "move some, or mark the site \"shared: true\" if it can hold them all",
          russian: "площадка \(siteText.russian) занята \(times) одновременно: \(list.russian); "
            + "перенесите часть событий или отметьте площадку «shared: true», если она "
            + "вмещает все")
      }
      return Diagnostic(
        .siteOverlap, message, at: events.last?.timeLocation,
        related: Wording.otherEventNotes(Array(events.dropLast())),
        events: events.map(\.id.value), people: people)
    }
  }
}
