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
  /// Calls `body` with each pair of entries that overlap, in a list sorted by
  /// day and start (the earlier-starting entry first).
  ///
  /// - Complexity: O(n + p) for n entries and p overlapping pairs: each entry
  ///   enters the running set once and leaves it once; every entry met in the
  ///   running set either overlaps (a pair) or is removed.
  static func forEachOverlap(
    in sorted: some Collection<TimelineEntry>, _ body: (TimelineEntry, TimelineEntry) -> Void
  ) {
    var running: [TimelineEntry] = []
    for entry in sorted {
      if !running.isEmpty {
        running.removeAll { $0.day != entry.day || $0.end <= entry.start }
        for earlier in running { body(earlier, entry) }
      }
      running.append(entry)
    }
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
