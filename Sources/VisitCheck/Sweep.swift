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

  /// A person going from one event to the next on the same day, at another site.
  struct Move {
    /// Index into `CheckContext.personIDs`.
    let person: Int
    let from: TimelineEntry
    let to: TimelineEntry
    /// Indices into `CheckContext.siteIDs`.
    let fromSite: Int32
    let toSite: Int32
  }

  /// Calls `body` with, for every person, each pair of consecutive events on
  /// one day (in timeline order) that do not overlap and are at two different
  /// known sites. Overlapping pairs are `person-overlap`'s business; a pair
  /// where either event has no site is skipped (`no-site` says so).
  ///
  /// - Complexity: O(total timeline length).
  static func forEachMove(in context: CheckContext, _ body: (Move) -> Void) {
    for person in context.personIDs.indices {
      let timeline = context.timeline(of: person)
      guard timeline.count > 1 else { continue }
      var previous = timeline[timeline.startIndex]
      for entry in timeline.dropFirst() {
        defer { previous = entry }
        guard previous.day == entry.day, previous.end <= entry.start else { continue }
        let fromSite = context.eventSite[Int(previous.event)]
        let toSite = context.eventSite[Int(entry.event)]
        guard fromSite >= 0, toSite >= 0, fromSite != toSite else { continue }
        body(Move(person: person, from: previous, to: entry, fromSite: fromSite, toSite: toSite))
      }
    }
  }
}
