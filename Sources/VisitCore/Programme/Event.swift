/// One item of the programme: a meeting, a visit to a museum, a signing.
public struct Event: Hashable, Sendable {
  /// The id written in the file, or the stable `DATE#N` one made for an event
  /// without an id (the N-th event of that date, counting from 1).
  public var id: Located<Identifier>
  /// Whether `id` was made by the loader rather than written.
  public var hasGeneratedID: Bool
  /// Where the event's mapping starts.
  public var location: SourceLocation?
  /// The day the event is on; nil for events in the top-level `unscheduled` list.
  public var date: CalendarDate?
  public var title: Located<String>?
  public var kind: Located<EventKind>?
  /// When the event runs; nil for an unscheduled event. Located at `time` or at `start`.
  public var time: Located<TimeRange>?
  /// A start with no stated end, or the whole day; nil when `time` is a
  /// range or there is no time. Located at `time` or at `start`.
  public var openTime: Located<OpenTime>?
  /// What real programmes add (legs, roles, press, twins), kept in one
  /// shared box: most events of a forum have none of it, and inline it would
  /// double the size of every event (programmes.md).
  private var details = DetailsBox.none
  /// Whether the file gives a time (`time`, `start` or `end`), even one that
  /// could not be read: then the event is not "unscheduled", it is wrong.
  public var isTimeWritten: Bool = false
  /// How long an unscheduled event takes, for the planner.
  public var plannedDuration: Located<Minutes>?
  public var site: Located<Identifier>?
  public var participants: [Located<Participant>]
  /// The host official in charge of this item.
  public var responsible: Located<Identifier>?
  public var topics: [Located<String>]
  public var gifts: [Gift]
  public var notes: Located<String>?
  /// Events that must end before this one starts.
  public var after: [Located<Identifier>]
  /// The event must lie inside this range.
  public var window: Located<TimeRange>?
  public var priority: Located<Int>?
  /// The planner never moves a fixed event.
  public var isFixed: Located<Bool>?
  /// Rule slugs silenced for diagnostics about this event.
  public var ignoredRules: [Located<String>]

  public init(
    id: Located<Identifier>, hasGeneratedID: Bool = false, location: SourceLocation? = nil,
    date: CalendarDate? = nil, title: Located<String>? = nil, kind: Located<EventKind>? = nil,
    time: Located<TimeRange>? = nil, plannedDuration: Located<Minutes>? = nil,
    site: Located<Identifier>? = nil, participants: [Located<Participant>] = [],
    responsible: Located<Identifier>? = nil, topics: [Located<String>] = [],
    gifts: [Gift] = [], notes: Located<String>? = nil, after: [Located<Identifier>] = [],
    window: Located<TimeRange>? = nil, priority: Located<Int>? = nil,
    isFixed: Located<Bool>? = nil, ignoredRules: [Located<String>] = []
  ) {
    self.id = id
    self.hasGeneratedID = hasGeneratedID
    self.location = location
    self.date = date
    self.title = title
    self.kind = kind
    self.time = time
    self.plannedDuration = plannedDuration
    self.site = site
    self.participants = participants
    self.responsible = responsible
    self.topics = topics
    self.gifts = gifts
    self.notes = notes
    self.after = after
    self.window = window
    self.priority = priority
    self.isFixed = isFixed
    self.ignoredRules = ignoredRules
  }

  /// The kind written, else `other`, the format's default.
  public var effectiveKind: EventKind { kind?.value ?? .other }

  /// An event with no time is unscheduled: reports say "time to be
  /// confirmed", and the planner fills it in.
  public var isScheduled: Bool { (time != nil || openTime != nil) && date != nil }

  /// The start, for a range or a start-only time.
  public var startTime: WallClockTime? { time?.value.start ?? openTime?.value.start }

  /// Where a person in this event is when it starts: `from` when the item
  /// begins with a journey, else its site.
  public var startPlace: Identifier? { from?.value ?? site?.value }
  /// Where a person in this event is when it ends: a leg's `to`, else its site.
  public var endPlace: Identifier? { to?.value ?? site?.value }

  /// Where diagnostics about the event's timing point: its time, else the event.
  public var timeLocation: SourceLocation? { time?.location ?? openTime?.location ?? location }

}

/// The fields of an event that real programmes add, most of them rare.
public struct EventDetails: Hashable, Sendable {
  /// Where the journey starts: on a leg, its origin; on any other item, the
  /// item begins with its own transfer from there to `site`.
  public var from: Located<Identifier>?
  /// Where a leg ends (legs only).
  public var to: Located<Identifier>?
  /// How a leg travels: "автобусы", "train № 36", "NZ 38".
  public var by: Located<String>?
  /// The counterpart: the people met ("беседа с Губернатором"). They are at
  /// the event for the checks, but documents name them apart.
  public var with: [Located<Identifier>] = []
  /// Who hosts the event ("Luncheon hosted by the Prime Minister").
  public var hostedBy: [Located<Identifier>] = []
  public var press: Located<PressAccess>?
  public var pressNotes: Located<String>?
  /// Printed only in the working programme and the workbook.
  public var internalNotes: Located<String>?
  /// The event may be skipped ("по желанию").
  public var isOptional: Located<Bool>?
  /// The texts in the visit's other language (`title-en`, `notes-en`, …).
  public var twins = TextTwins()
  /// The days an event may take (`dates`, for the planner); empty: any.
  public var dates: [Located<CalendarDate>] = []

  public init() {}
}

/// Copy-on-write storage for `EventDetails`: one pointer per event, shared
/// until written. Compared by value.
private struct DetailsBox: Hashable, @unchecked Sendable {
  final class Storage {
    let value: EventDetails
    init(_ value: EventDetails) { self.value = value }
  }

  private var storage: Storage?

  static let none = DetailsBox(storage: nil)

  var value: EventDetails {
    get { storage?.value ?? EventDetails() }
    set { storage = Storage(newValue) }
  }

  static func == (lhs: DetailsBox, rhs: DetailsBox) -> Bool {
    lhs.storage === rhs.storage || lhs.value == rhs.value
  }

  func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}

extension Event {
  /// Everything real programmes add, as one value.
  public var detailsValue: EventDetails {
    get { details.value }
    set { details.value = newValue }
  }

  public var from: Located<Identifier>? {
    get { details.value.from }
    set { details.value.from = newValue }
  }
  public var to: Located<Identifier>? {
    get { details.value.to }
    set { details.value.to = newValue }
  }
  public var by: Located<String>? {
    get { details.value.by }
    set { details.value.by = newValue }
  }
  public var with: [Located<Identifier>] {
    get { details.value.with }
    set { details.value.with = newValue }
  }
  public var hostedBy: [Located<Identifier>] {
    get { details.value.hostedBy }
    set { details.value.hostedBy = newValue }
  }
  public var press: Located<PressAccess>? {
    get { details.value.press }
    set { details.value.press = newValue }
  }
  public var pressNotes: Located<String>? {
    get { details.value.pressNotes }
    set { details.value.pressNotes = newValue }
  }
  public var internalNotes: Located<String>? {
    get { details.value.internalNotes }
    set { details.value.internalNotes = newValue }
  }
  public var isOptional: Located<Bool>? {
    get { details.value.isOptional }
    set { details.value.isOptional = newValue }
  }
  public var twins: TextTwins {
    get { details.value.twins }
    set { details.value.twins = newValue }
  }
  public var dates: [Located<CalendarDate>] {
    get { details.value.dates }
    set { details.value.dates = newValue }
  }

  /// Whether the event has any of the details (cheap: no copy).
  public var hasDetails: Bool { details != .none }
}
