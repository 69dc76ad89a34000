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

  /// The name of one of `info.delegations` or of a group, in `language`:
  /// its twin where that is the twins' language, else as written; nil for
  /// an id that is neither.
  public func groupName(of id: Identifier, in language: Language) -> String? {
    if let delegation = info.delegations.first(where: { $0.id?.value == id }) {
      return delegation.twins.text("name", original: delegation.name?.value, in: language)
    }
    if let group = groups.first(where: { $0.id.value == id }) {
      return group.twins.text("name", original: group.name?.value, in: language)
    }
    return nil
  }

  /// Every event: the days' events in file order, then the unscheduled list.
  ///
  /// Joined anew on every call: take it once into a local before indexing
  /// it in a loop, or a forum's programme is copied once per event.
  public var events: [Event] {
    days.flatMap(\.events) + unscheduled
  }

  /// The people a participant entry stands for: one person, everyone on a
  /// side for a group word, the members of a delegation or group. An
  /// organization, or a group with no members, taking part as a body stands
  /// for no person.
  ///
  /// - Complexity: O(people) for a group word; O(1) otherwise.
  public func people(for participant: Participant, in index: PeopleIndex) -> [Identifier] {
    switch participant {
    case .entity(let id): index.contains(id) ? [id] : index.groupMembers[id] ?? []
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
  /// The members of each of `visit.delegations` (people with `side:` its id)
  /// and of each group, in file order; empty for one that takes part as a body.
  public let groupMembers: [Identifier: [Identifier]]

  /// People only, for callers with no delegations or groups.
  public init(_ people: [Person]) {
    self.init(people, delegations: [], groups: [])
  }

  /// The visit's people, delegations and groups.
  public init(visit: Visit) {
    self.init(visit.people, delegations: visit.info.delegations, groups: visit.groups)
  }

  public init(_ people: [Person], delegations: [Delegation], groups: [Group]) {
    var members: [Identifier: [Identifier]] = [:]
    for delegation in delegations {
      if let id = delegation.id?.value { members[id] = [] }
    }
    for person in people {
      if let id = person.delegation?.value, members[id] != nil {
        members[id, default: []].append(person.id.value)
      }
    }
    let known = Set(people.map(\.id.value))
    for group in groups where members[group.id.value] == nil {
      members[group.id.value] = group.members.map(\.value).filter { known.contains($0) }
    }
    groupMembers = members
    ids = Set(people.map(\.id.value))
    var seen: Set<Identifier> = []
    allIDs = people.map(\.id.value).filter { seen.insert($0).inserted }
    delegation = people.filter { $0.side?.value == .delegation }.map(\.id.value)
    hosts = people.filter { $0.side?.value == .host }.map(\.id.value)
  }

  public func contains(_ id: Identifier) -> Bool { ids.contains(id) }
}
