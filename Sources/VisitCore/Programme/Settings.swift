/// File-wide settings for travel estimates, day limits and silenced rules.
/// Each value is nil when not written; the `effective…` properties give the
/// format's defaults.
public struct Settings: Hashable, Sendable {
  public var speedKmh: Located<Double>?
  public var roadFactor: Located<Double>?
  public var localTransfer: Located<Minutes>?
  public var dayWindow: Located<TimeRange>?
  public var maxDayLength: Located<Minutes>?
  public var ignoredRules: [Located<String>]
  /// Between rooms of one building.
  public var roomTransfer: Located<Minutes>?
  /// Everyone's lunch: a free block of `length` inside `range` (`lunch`).
  public var lunch: Located<LunchRule>?
  /// How long an event without a time or `duration` takes, for the planner.
  public var defaultDuration: Located<Minutes>?

  public init(
    speedKmh: Located<Double>? = nil, roadFactor: Located<Double>? = nil,
    localTransfer: Located<Minutes>? = nil, dayWindow: Located<TimeRange>? = nil,
    maxDayLength: Located<Minutes>? = nil, ignoredRules: [Located<String>] = [],
    roomTransfer: Located<Minutes>? = nil, lunch: Located<LunchRule>? = nil,
    defaultDuration: Located<Minutes>? = nil
  ) {
    self.roomTransfer = roomTransfer
    self.lunch = lunch
    self.defaultDuration = defaultDuration
    self.speedKmh = speedKmh
    self.roadFactor = roadFactor
    self.localTransfer = localTransfer
    self.dayWindow = dayWindow
    self.maxDayLength = maxDayLength
    self.ignoredRules = ignoredRules
  }

  public static let defaultSpeedKmh = 60.0
  public static let defaultRoadFactor = 1.3
  public static let defaultLocalTransfer = Minutes(15)
  public static let defaultDayWindow = TimeRange(
    start: WallClockTime(hour: 8, minute: 0) ?? .endOfDay,
    end: WallClockTime(hour: 21, minute: 0) ?? .endOfDay)
  public static let defaultRoomTransfer = Minutes(5)
  public static let defaultDuration = Minutes(60)
  public static let defaultMaxDayLength = Minutes(12 * 60)

  public var effectiveSpeedKmh: Double { speedKmh?.value ?? Self.defaultSpeedKmh }
  public var effectiveRoadFactor: Double { roadFactor?.value ?? Self.defaultRoadFactor }
  public var effectiveLocalTransfer: Minutes { localTransfer?.value ?? Self.defaultLocalTransfer }
  public var effectiveDayWindow: TimeRange { dayWindow?.value ?? Self.defaultDayWindow }
  public var effectiveRoomTransfer: Minutes { roomTransfer?.value ?? Self.defaultRoomTransfer }
  public var effectiveDefaultDuration: Minutes {
    defaultDuration?.value ?? Self.defaultDuration
  }
  public var effectiveMaxDayLength: Minutes { maxDayLength?.value ?? Self.defaultMaxDayLength }
}

/// `settings.lunch: 12:00-15:00 45m`: each person taking part in a day's
/// programme has a free block of at least `length` inside `range`.
public struct LunchRule: Hashable, Sendable, CustomStringConvertible {
  public var range: TimeRange
  public var length: Minutes

  public init(range: TimeRange, length: Minutes) {
    self.range = range
    self.length = length
  }

  /// `12:00-15:00 45m`.
  public init?(parsing text: String) {
    let parts = text.split(separator: " ").map(String.init)
    guard parts.count == 2, let range = TimeRange(parsing: parts[0]), range.start < range.end,
      let length = Minutes(parsing: parts[1]), length.count > 0,
      length.count <= range.duration.count
    else { return nil }
    self.range = range
    self.length = length
  }

  public var description: String { "\(range) \(length)" }
}

extension LunchRule {
  /// One of a person's events on a day as the rule sees it: minutes of the
  /// day, where it starts and ends (keys of the caller's choosing; nil for
  /// none), and whether it is a meal.
  public struct Entry: Sendable {
    public var start: Int
    public var end: Int
    public var startPlace: Int?
    public var endPlace: Int?
    public var isMeal: Bool

    public init(start: Int, end: Int, startPlace: Int?, endPlace: Int?, isMeal: Bool) {
      self.start = start
      self.end = end
      self.startPlace = startPlace
      self.endPlace = endPlace
      self.isMeal = isMeal
    }
  }

  /// Whether a person's day keeps lunch: a free block of `length` inside
  /// `range`, free of their events and of the journey between two of them
  /// (taken in one piece, right after the earlier event or right before the
  /// later; none before the first or after the last), or a meal of theirs
  /// overlapping the range. The checker's `no-lunch` and the planner judge
  /// by this one function, so a planned day and a hand-made one are alike.
  ///
  /// - Parameters:
  ///   - entries: the day's events, sorted by start, end, then file order.
  ///   - travel: minutes from one place to another (0 when unknown); asked
  ///     only for two different places.
  public func isKept(by entries: [Entry], travel: (Int, Int) -> Int) -> Bool {
    let from = range.start.minutesSinceMidnight
    let to = range.end.minutesSinceMidnight
    let length = self.length.count
    func overlap(_ start: Int, _ end: Int) -> Int { max(0, min(end, to) - max(start, from)) }
    for entry in entries
    where entry.isMeal && entry.start < to && from < max(entry.end, entry.start + 1) {
      return true
    }
    if let first = entries.first, overlap(0, first.start) >= length { return true }
    var lastEnd = 0
    var lastPlace: Int?
    for entry in entries {
      if entry.start > lastEnd {
        var journey = 0
        if let lastPlace, let place = entry.startPlace, lastPlace != place {
          journey = travel(lastPlace, place)
        }
        let best = max(
          overlap(lastEnd + journey, entry.start), overlap(lastEnd, entry.start - journey))
        if best >= length { return true }
      }
      lastEnd = max(lastEnd, entry.end)
      if let place = entry.endPlace { lastPlace = place }
    }
    return overlap(lastEnd, 24 * 60) >= length
  }
}
