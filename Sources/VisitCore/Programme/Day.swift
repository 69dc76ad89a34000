/// One day of the programme and its events, in the order written.
public struct Day: Hashable, Sendable {
  public var date: Located<CalendarDate>?
  public var title: Located<String>?
  public var events: [Event]
  public var location: SourceLocation?
  /// The texts in the visit's other language (`name-ru`, `title-en`, …).
  public var twins = TextTwins()

  public init(
    date: Located<CalendarDate>?, title: Located<String>? = nil, events: [Event] = [],
    location: SourceLocation? = nil
  ) {
    self.date = date
    self.title = title
    self.events = events
    self.location = location
  }
}
