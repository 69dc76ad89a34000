import VisitCore

/// Two events, by index into the check context, the earlier in the file first.
struct EventPair: Hashable, Comparable {
  let first: Int
  let second: Int

  init(_ a: Int, _ b: Int) {
    first = min(a, b)
    second = max(a, b)
  }

  init(_ a: Int32, _ b: Int32) {
    self.init(Int(a), Int(b))
  }

  static func < (lhs: EventPair, rhs: EventPair) -> Bool {
    (lhs.first, lhs.second) < (rhs.first, rhs.second)
  }
}

/// Sort-and-sweep over timelines: every check of time conflicts goes through
/// here, so that none compares all pairs.
enum Sweep {
  /// Calls `body` with each cluster of entries that overlap pairwise — a
  /// maximal set of entries all running at one moment — in a list sorted
  /// by day and start. Each cluster comes in the order the entries started.
  ///
  /// One cluster, not one pair, per moment of conflict: a thousand events
  /// at one time are one problem, not half a million.
  ///
  /// - Complexity: O(n + c) for n entries and clusters of total size c: the
  ///   running set is walked only when an entry leaves it, and then the set
  ///   is either a cluster (reported) or was one already.
  static func forEachCluster(
    in sorted: some Collection<TimelineEntry>, _ body: ([TimelineEntry]) -> Void
  ) {
    var running: [TimelineEntry] = []
    var earliestEnd = Int16.max
    var day = Int32.min
    var grewSinceReport = false
    for entry in sorted {
      if entry.day != day || entry.start >= earliestEnd {
        // Someone leaves: what ran until now was a cluster, if it grew.
        if grewSinceReport && running.count > 1 { body(running) }
        grewSinceReport = false
        if entry.day != day {
          running.removeAll(keepingCapacity: true)
          day = entry.day
        } else {
          running.removeAll { $0.end <= entry.start }
        }
        earliestEnd = running.lazy.map(\.end).min() ?? Int16.max
      }
      running.append(entry)
      earliestEnd = min(earliestEnd, entry.end)
      grewSinceReport = true
    }
    if grewSinceReport && running.count > 1 { body(running) }
  }

  /// Calls `body` with each day's entries of a timeline sorted by day.
  static func forEachDay(
    in timeline: ArraySlice<TimelineEntry>, _ body: (ArraySlice<TimelineEntry>) -> Void
  ) {
    var start = timeline.startIndex
    while start < timeline.endIndex {
      let day = timeline[start].day
      var end = start
      while end < timeline.endIndex, timeline[end].day == day { end += 1 }
      body(timeline[start..<end])
      start = end
    }
  }

  /// A person going from one event to the next on the same day, from one
  /// site or place to another.
  struct Move {
    /// Index into `CheckContext.personIDs`.
    let person: Int
    let from: TimelineEntry
    let to: TimelineEntry
    /// Where the person is when `from` ends, and must be when `to` starts,
    /// as location keys (`CheckContext.location(_:)`).
    let fromKey: Int32
    let toKey: Int32
  }

  /// Calls `body` with, for every person, each journey between events on one
  /// day (in timeline order): from where the last event *with a site* left
  /// them to where the next one with a site starts, whatever site-less
  /// events (a "Переезд" line, a meal with no venue) lie between — those
  /// do not switch the check off (programmes.md). A leg's `to` and an item's
  /// own `from` count as where it ends and starts. Overlapping pairs are
  /// `person-overlap`'s business; a site or place that is not defined is
  /// `unknown-reference`'s.
  ///
  /// - Complexity: O(total timeline length).
  static func forEachMove(in context: CheckContext, _ body: (Move) -> Void) {
    for person in context.personIDs.indices {
      let timeline = context.timeline(of: person)
      guard timeline.count > 1 else { continue }
      var last: (entry: TimelineEntry, place: Int32)?
      for entry in timeline {
        if let previous = last, previous.entry.day != entry.day { last = nil }
        let (start, end) = places(of: Int(entry.event), in: context)
        if let previous = last, let start, previous.entry.end <= entry.start,
          previous.place != start
        {
          body(
            Move(
              person: person, from: previous.entry, to: entry, fromKey: previous.place,
              toKey: start))
        }
        if let end { last = (entry, end) }
      }
    }
  }

  /// Where event `index` starts and ends, as location keys of defined sites
  /// or places: its `from`/`to` where written, else its site; nil where none
  /// is known.
  static func places(of index: Int, in context: CheckContext) -> (Int32?, Int32?) {
    let siteKey = context.knownSite(of: index).map { Int32($0) }
    // Most events of a forum have no journey of their own: no lookup then.
    guard !context.eventJourneyKeys.isEmpty, let journey = context.eventJourneyKeys[index] else {
      return (siteKey, siteKey)
    }
    return (journey.from ?? siteKey, journey.to ?? siteKey)
  }
}
