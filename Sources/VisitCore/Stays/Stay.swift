/// Accommodation: who sleeps at a hotel from one date to another
/// (`stays`).
public struct Stay: Hashable, Sendable {
  /// The hotel.
  public var site: Located<Identifier>?
  /// Ids and group words, as in `participants`.
  public var people: [Located<Participant>]
  /// Check-in; required.
  public var from: Located<CalendarDate>?
  /// Check-out; nil means until the visit's end.
  public var to: Located<CalendarDate>?
  public var rooms: Located<Int>?
  public var notes: Located<String>?
  public var location: SourceLocation?
  public var twins = TextTwins()

  public init(
    site: Located<Identifier>? = nil, people: [Located<Participant>] = [],
    from: Located<CalendarDate>? = nil, to: Located<CalendarDate>? = nil,
    rooms: Located<Int>? = nil, notes: Located<String>? = nil, location: SourceLocation? = nil
  ) {
    self.site = site
    self.people = people
    self.from = from
    self.to = to
    self.rooms = rooms
    self.notes = notes
    self.location = location
  }

  /// Whether the night from `date` to the next day is in this stay, with
  /// `lastDay` standing in for an open end.
  public func coversNight(_ date: CalendarDate, lastDay: CalendarDate?) -> Bool {
    guard let from = from?.value, from <= date else { return false }
    guard let end = to?.value ?? lastDay else { return true }
    return date < end
  }
}

/// A named set of people taking part together: the spouses' programme, the
/// press pool, "члены Правительства области" with no names given.
public struct Group: Hashable, Sendable {
  public var id: Located<Identifier>
  public var name: Located<String>?
  /// Person ids; empty means the group takes part as a body.
  public var members: [Located<Identifier>]
  public var location: SourceLocation?
  public var twins = TextTwins()

  public init(
    id: Located<Identifier>, name: Located<String>? = nil, members: [Located<Identifier>] = [],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.members = members
    self.location = location
  }
}
