import VisitCore
import VisitDiagnostics

/// `site-closed`: an event at a site falls on one of its `closed` dates, on a
/// weekday it is closed, or outside its opening hours that day. The weekday
/// comes from the calendar date alone; no time zone is involved.
struct SiteClosedRule: CheckRule {
  var id: RuleID { .siteClosed }

  /// A site's opening ranges per weekday in minutes, worked out once.
  private struct Week {
    var ranges: [[(Int16, Int16)]]
    var closedDays: Set<Int32>
  }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let weeks = context.sites.map { site in
      Week(
        ranges: Weekday.allCases.map { weekday in
          site.hours.map { hours in
            hours.value.ranges(on: weekday).map {
              (Int16($0.start.minutesSinceMidnight), Int16($0.end.minutesSinceMidnight))
            }
          } ?? [(0, 24 * 60)]
        },
        closedDays: Set(site.closedDates.map { Int32($0.value.daysSinceEpoch) }))
    }
    var result: [Diagnostic] = []
    for index in 0..<context.eventCount {
      guard let site = context.knownSite(of: index), let day = context.day(of: index) else {
        continue
      }
      let week = weeks[site]
      let weekday = Int((Int(day) % 7 + 7 + 3) % 7)
      let start = context.eventStart[index]
      let end = context.eventEnd[index]
      if week.closedDays.contains(day) {
        let closed = context.sites[site].closedDates.first { $0.value.daysSinceEpoch == Int(day) }
        result.append(
          diagnostic(
            index, site: site, context,
            "which is closed that day; move the event or choose another site",
            "которая в этот день закрыта; перенесите событие или выберите другую площадку",
            related: Wording.note(
              "the closed date is here", "дата закрытия — здесь", at: closed?.location)))
        continue
      }
      let ranges = week.ranges[weekday]
      let hoursNote = Wording.note(
        "the opening hours are here", "часы работы — здесь", at: context.sites[site].hours?.location
      )
      let on = Wording.onWeekdays(Weekday.allCases[weekday])
      if ranges.isEmpty {
        result.append(
          diagnostic(
            index, site: site, context,
            "which is closed \(on.english); move the event or choose another site",
            "которая закрыта \(on.russian); перенесите событие или выберите другую площадку",
            related: hoursNote))
        continue
      }
      guard start >= 0, start < end, !ranges.contains(where: { $0.0 <= start && end <= $0.1 })
      else { continue }
      let open = (context.sites[site].hours?.value.ranges(on: Weekday.allCases[weekday]) ?? [])
        .map(\.description).joined(separator: ", ")
      result.append(
        diagnostic(
          index, site: site, context,
          "which is open only \(open) \(on.english); move the event into those hours",
          "которая работает \(on.russian) только \(open); перенесите событие в эти часы",
          related: hoursNote))
    }
    return result
  }

  private func diagnostic(
    _ index: Int, site: Int, _ context: CheckContext, _ english: String, _ russian: String,
    related: [RelatedNote]
  ) -> Diagnostic {
    let event = context.event(index)
    let name = Wording.eventWithTime(event)
    let siteText = Wording.site(context.siteIDs[site], in: context)
    let dateText = event.date.map(Wording.date) ?? LocalizedText(english: "", russian: "")
    return Diagnostic(
      .siteClosed,
      LocalizedText(
        english: "\(name.english) on \(dateText.english) is at \(siteText.english), " + english,
        russian: "\(name.russian) \(dateText.russian) проходит на площадке \(siteText.russian), "
          + russian),
      at: event.timeLocation, related: related, events: [event.id.value],
      people: context.participantIDs(of: index))
  }
}
