/// A whole visit file, as loaded: the root of the domain model.
///
/// Collections keep the order of the file. A collection may hold two entries
/// with the same id when the file defines it twice; the `duplicate-id` check
/// reports that, and lookups take the first.
public struct Visit: Hashable, Sendable {
  public var formatVersion: Located<String>?
  public var info: VisitInfo
  public var people: [Person]
  public var organizations: [Organization]
  public var places: [Place]
  public var sites: [Site]
  public var travel: [TravelEntry]
  public var days: [Day]
  /// Events whose day is not decided yet; the planner chooses it.
  public var unscheduled: [Event]
  public var agreements: [Agreement]
  public var settings: Settings
  /// Named sets of people taking part together (`groups`).
  public var groups: [Group] = []
  /// Where people sleep (`stays`).
  public var stays: [Stay] = []

  /// The one format version this build reads.
  public static let supportedFormat = "visitplan/1"

  public init(
    formatVersion: Located<String>? = nil, info: VisitInfo = VisitInfo(), people: [Person] = [],
    organizations: [Organization] = [], places: [Place] = [], sites: [Site] = [],
    travel: [TravelEntry] = [], days: [Day] = [], unscheduled: [Event] = [],
    agreements: [Agreement] = [], settings: Settings = Settings()
  ) {
    self.formatVersion = formatVersion
    self.info = info
    self.people = people
    self.organizations = organizations
    self.places = places
    self.sites = sites
    self.travel = travel
    self.days = days
    self.unscheduled = unscheduled
    self.agreements = agreements
    self.settings = settings
  }

  /// The visit's last day: `visit.end`, else the last date in `days`. A
  /// stay with no `to` lasts until then.
  public var lastProgrammeDay: CalendarDate? {
    info.end?.value ?? days.compactMap(\.date?.value).max()
  }

  /// Every event: the days' events in file order, then the unscheduled list.
  public var events: [Event] {
    days.flatMap(\.events) + unscheduled
  }

  /// The people a participant entry stands for: one person, or everyone on a
  /// side for a group word. An organization taking part as a body stands for
  /// no person.
  ///
  /// - Complexity: O(people) for a group word; O(1) otherwise.
  public func people(for participant: Participant, in index: PeopleIndex) -> [Identifier] {
    switch participant {
    case .entity(let id): index.contains(id) ? [id] : []
    case .delegation: index.delegation
    case .hosts: index.hosts
    }
  }
}

/// Lookups over the people of a visit, built once.
public struct PeopleIndex: Sendable {
  private let ids: Set<Identifier>
  /// Every person id once, in file order.
  public let allIDs: [Identifier]
  /// People with `side: delegation`, in file order.
  public let delegation: [Identifier]
  /// People with `side: host`, in file order.
  public let hosts: [Identifier]

  public init(_ people: [Person]) {
    ids = Set(people.map(\.id.value))
    var seen: Set<Identifier> = []
    allIDs = people.map(\.id.value).filter { seen.insert($0).inserted }
    delegation = people.filter { $0.side?.value == .delegation }.map(\.id.value)
    hosts = people.filter { $0.side?.value == .host }.map(\.id.value)
  }

  public func contains(_ id: Identifier) -> Bool { ids.contains(id) }
}
