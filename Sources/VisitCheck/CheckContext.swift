public import VisitCore

/// The visit and the lookups the rules need, built once per check.
///
/// A forum-sized file has tens of thousands of events and hundreds of
/// thousands of references, so the context interns people and sites to
/// integers and keeps per-event facts in flat arrays (columns). Rules sweep
/// over those; they touch the `Event` values only to word a diagnostic.
public struct CheckContext: Sendable {
  public let visit: Visit

  // MARK: Definitions

  /// The first definition of each id.
  public let firstDefinition: [Identifier: Definition]
  /// Each later definition of an id, with the first one.
  public let duplicateDefinitions: [(first: Definition, repeated: Definition)]

  // MARK: People and sites

  /// Every person id once, in file order; a person's index is its position here.
  public let personIDs: [Identifier]
  public let personIndex: [Identifier: Int]
  /// Every site id once, in file order.
  public let siteIDs: [Identifier]
  public let siteIndex: [Identifier: Int]
  public let people: PeopleIndex
  public let personByID: [Identifier: Person]
  public let organizationByID: [Identifier: Organization]
  public let siteByID: [Identifier: Site]
  public let placeByID: [Identifier: Place]
  /// The first definition of each site, in `siteIDs` order.
  public let sites: [Site]

  // MARK: Events, as columns

  /// How many events there are: the days' events in file order, then the unscheduled ones.
  public let eventCount: Int
  /// Where each event lives: its day block (-1 for `unscheduled`) and position.
  private let eventSlots: [(day: Int32, position: Int32)]
  /// The event's date as days since 1970-01-01, or `noDay`.
  public let eventDay: [Int32]
  /// Minutes since midnight, or -1 when the event has no time. A start-only
  /// event ("10:20 Прибытие") has its start as its end: it overlaps only what
  /// runs across 10:20, and travel is measured from 10:20. A start-only leg
  /// and an all-day event have -1: their length is unknown, and they take
  /// part in no overlap or travel check (programmes.md, "Precise points").
  public let eventStart: [Int16]
  public let eventEnd: [Int16]
  /// Whether the event is start-only (its start is its end on timelines).
  public let eventIsPoint: [Bool]
  /// Where each event starts and ends when that differs from its site: a
  /// leg's `from`/`to`, or an item's own transfer (`from:`). Few events have
  /// one, so it is a dictionary by event index.
  /// Nil where the id names no site or place; keys as `location(_:)` reads them.
  public let eventJourneyKeys: [Int: (from: Int32?, to: Int32?)]
  /// Every place id once, in file order.
  public let placeIDs: [Identifier]
  private let placeIndex: [Identifier: Int]
  /// The arrivals and departures, which bound people's visits.
  public let arrivalsAndDepartures: [Int]
  /// Index into `siteIDs`, `noSite` when none is written, `unknownSite` when
  /// the id names no site.
  public let eventSite: [Int32]
  /// How many entries `participants` has as written (ids and group words).
  public let eventWrittenParticipants: [Int32]
  /// The people taking part in each event (group words expanded, each once),
  /// as indices into `personIDs`: event `e`'s are
  /// `participantPeople[participantOffsets[e]..<participantOffsets[e + 1]]`.
  public let participantOffsets: [Int32]
  public let participantPeople: [Int32]
  /// Ids in participant lists that are not people (organizations, or
  /// mistakes), each once.
  public let participatingOrganizations: Set<Identifier>
  /// Events whose participants name something other than a person, or whose
  /// site is not defined: the only ones `unknown-reference` must look at
  /// beyond the few references outside events.
  public let eventsWithUnresolvedReferences: [Int]
  /// Whether `delegation` / `hosts` appear in any participant list.
  public let usesDelegationWord: Bool
  public let usesHostsWord: Bool
  /// Events that carry gifts.
  public let eventsWithGifts: [Int]
  /// The first event with each id.
  public let eventIndexByID: [Identifier: Int]
  /// The people of each of `visit.delegations` and of each group with
  /// members, as indices into `personIDs`.
  public let groupMembers: [Identifier: [Int32]]

  // MARK: Timelines

  /// For each person, their scheduled events sorted by day and time: person
  /// `p`'s are `timelineEntries[timelineOffsets[p]..<timelineOffsets[p + 1]]`.
  public let timelineOffsets: [Int32]
  public let timelineEntries: [TimelineEntry]

  public let travelTimes: TravelTimes

  public static let noDay = Int32.min
  public static let noSite: Int32 = -1
  public static let unknownSite: Int32 = -2

  public init(visit: Visit) {
    self.visit = visit
    (firstDefinition, duplicateDefinitions) = Self.index(visit)
    people = PeopleIndex(visit: visit)
    personIDs = people.allIDs
    personIndex = Self.positions(personIDs)
    var seenSites: Set<Identifier> = []
    siteIDs = visit.sites.map(\.id.value).filter { seenSites.insert($0).inserted }
    siteIndex = Self.positions(siteIDs)
    personByID = Dictionary(firstOf: visit.people, by: \.id.value)
    organizationByID = Dictionary(firstOf: visit.organizations, by: \.id.value)
    let siteByID = Dictionary(firstOf: visit.sites, by: \.id.value)
    self.siteByID = siteByID
    sites = siteIDs.compactMap { siteByID[$0] }
    placeByID = Dictionary(firstOf: visit.places, by: \.id.value)
    travelTimes = TravelTimes(visit: visit)

    let columns = Columns(
      visit: visit, personIndex: personIndex, siteIndex: siteIndex, people: people)
    eventCount = columns.slots.count
    eventSlots = columns.slots
    eventDay = columns.day
    eventStart = columns.start
    eventEnd = columns.end
    eventIsPoint = columns.point
    var seenPlaces: Set<Identifier> = []
    placeIDs = visit.places.map(\.id.value).filter { seenPlaces.insert($0).inserted }
    let placeIndex = Self.positions(placeIDs)
    self.placeIndex = placeIndex
    let siteIndex = self.siteIndex
    func key(_ id: Identifier?) -> Int32? {
      guard let id else { return nil }
      if let site = siteIndex[id] { return Int32(site) }
      return placeIndex[id].map { -3 - Int32($0) }
    }
    eventJourneyKeys = columns.journey.mapValues { (key($0.from), key($0.to)) }
    arrivalsAndDepartures = columns.legs
    eventSite = columns.site
    eventWrittenParticipants = columns.written
    participantOffsets = columns.offsets
    participantPeople = columns.members
    participatingOrganizations = columns.organizations
    eventsWithUnresolvedReferences = columns.unresolved
    usesDelegationWord = columns.usesDelegationWord
    usesHostsWord = columns.usesHostsWord
    eventsWithGifts = columns.gifts
    eventIndexByID = columns.indexByID
    groupMembers = columns.groupMembers
    (timelineOffsets, timelineEntries) = Self.timelines(
      people: personIDs.count, day: columns.day, start: columns.start, end: columns.end,
      point: columns.point, offsets: columns.offsets, members: columns.members)
  }

  /// The per-event facts, gathered in one pass over the events.
  private struct Columns {
    var slots: [(day: Int32, position: Int32)] = []
    var day: [Int32] = []
    var start: [Int16] = []
    var end: [Int16] = []
    var point: [Bool] = []
    var journey: [Int: (from: Identifier?, to: Identifier?)] = [:]
    var legs: [Int] = []
    var site: [Int32] = []
    var written: [Int32] = []
    var offsets: [Int32] = [0]
    var members: [Int32] = []
    var organizations: Set<Identifier> = []
    var unresolved: [Int] = []
    var usesDelegationWord = false
    var usesHostsWord = false
    var gifts: [Int] = []
    var indexByID: [Identifier: Int] = [:]
    let personIndex: [Identifier: Int]
    let siteIndex: [Identifier: Int]
    let delegation: [Int32]
    let hosts: [Int32]
    /// The people of each of `visit.delegations` and of each group with
    /// members; a group with none takes part as a body.
    let groupMembers: [Identifier: [Int32]]
    /// For each person, the last event they were added to (see `addPerson`).
    var lastEvent: [Int32]

    init(
      visit: Visit, personIndex: [Identifier: Int], siteIndex: [Identifier: Int],
      people: PeopleIndex
    ) {
      self.personIndex = personIndex
      self.siteIndex = siteIndex
      lastEvent = [Int32](repeating: -1, count: personIndex.count)
      delegation = people.delegation.compactMap { personIndex[$0] }.map(Int32.init)
      hosts = people.hosts.compactMap { personIndex[$0] }.map(Int32.init)
      self.groupMembers = people.groupMembers.mapValues {
        $0.compactMap { personIndex[$0] }.map(Int32.init)
      }
      let count = visit.days.reduce(0) { $0 + $1.events.count } + visit.unscheduled.count
      slots.reserveCapacity(count)
      day.reserveCapacity(count)
      start.reserveCapacity(count)
      end.reserveCapacity(count)
      site.reserveCapacity(count)
      written.reserveCapacity(count)
      offsets.reserveCapacity(count + 1)
      members.reserveCapacity(count * 3)
      indexByID.reserveCapacity(count)
      // Events are read field by field in place through buffer pointers;
      // copying whole events was most of the cost of this pass.
      for (dayIndex, block) in visit.days.enumerated() {
        block.events.withUnsafeBufferPointer { add($0, day: Int32(dayIndex)) }
      }
      visit.unscheduled.withUnsafeBufferPointer { add($0, day: -1) }
    }

    private mutating func add(_ events: UnsafeBufferPointer<Event>, day dayIndex: Int32) {
      for position in events.indices {
        let index = slots.count
        slots.append((dayIndex, Int32(position)))
        day.append(events[position].date.map { Int32($0.daysSinceEpoch) } ?? CheckContext.noDay)
        let isLeg = events[position].kind?.value.isLeg ?? false
        if let time = events[position].time?.value {
          start.append(Int16(time.start.minutesSinceMidnight))
          end.append(Int16(time.end.minutesSinceMidnight))
          point.append(false)
        } else if !isLeg, let open = events[position].openTime?.value.start {
          start.append(Int16(open.minutesSinceMidnight))
          end.append(Int16(open.minutesSinceMidnight))
          point.append(true)
        } else {
          start.append(-1)
          end.append(-1)
          point.append(false)
        }
        var counterpart: [Located<Identifier>] = []
        if events[position].hasDetails {
          let details = events[position].detailsValue
          if details.from != nil || details.to != nil {
            journey[index] = (details.from?.value, details.to?.value)
          }
          counterpart = details.with
        }
        if let kind = events[position].kind?.value, kind == .arrival || kind == .departure {
          legs.append(index)
        }
        var isUnresolved = false
        if let siteID = events[position].site?.value {
          let known = siteIndex[siteID].map(Int32.init)
          site.append(known ?? CheckContext.unknownSite)
          isUnresolved = known == nil
        } else {
          site.append(CheckContext.noSite)
        }
        written.append(Int32(events[position].participants.count))
        for participant in events[position].participants {
          switch participant.value {
          case .delegation:
            usesDelegationWord = true
            for person in delegation { addPerson(person, to: index) }
          case .hosts:
            usesHostsWord = true
            for person in hosts { addPerson(person, to: index) }
          case .entity(let id):
            if let person = personIndex[id] {
              addPerson(Int32(person), to: index)
            } else if let members = groupMembers[id] {
              // A delegation's or group's people; with none, it is a body.
              for person in members { addPerson(person, to: index) }
              if members.isEmpty { organizations.insert(id) }
            } else {
              organizations.insert(id)
              isUnresolved = true
            }
          }
        }
        // The counterpart is at the event too (programmes.md, "with").
        for person in counterpart {
          if let member = personIndex[person.value] { addPerson(Int32(member), to: index) }
        }
        offsets.append(Int32(members.count))
        if isUnresolved { unresolved.append(index) }
        if !events[position].gifts.isEmpty { gifts.append(index) }
        let id = events[position].id.value
        if indexByID[id] == nil { indexByID[id] = index }
      }
    }

    /// Adds a person to the event being read, once: `lastEvent` remembers
    /// the last event each person was added to, so a group word that
    /// expands to thousands costs one step per person, not a search.
    private mutating func addPerson(_ person: Int32, to event: Int) {
      guard lastEvent[Int(person)] != Int32(event) else { return }
      lastEvent[Int(person)] = Int32(event)
      members.append(person)
    }
  }

  // MARK: Access

  /// The site or place a location key stands for: keys from 0 are sites
  /// (`siteIDs`), keys from -3 down are places (`placeIDs`).
  public func location(_ key: Int32) -> Identifier {
    key >= 0 ? siteIDs[Int(key)] : placeIDs[Int(-3 - key)]
  }

  /// The event at `index`, for wording a diagnostic.
  public func event(_ index: Int) -> Event {
    let slot = eventSlots[index]
    return slot.day < 0
      ? visit.unscheduled[Int(slot.position)]
      : visit.days[Int(slot.day)].events[Int(slot.position)]
  }

  /// The people taking part in event `index`, as indices into `personIDs`.
  public func participants(of index: Int) -> ArraySlice<Int32> {
    participantPeople[Int(participantOffsets[index])..<Int(participantOffsets[index + 1])]
  }

  /// Calls `body` with the index of every event for which `select` (reading
  /// the event in place, without copying it) says yes. Rules about rare
  /// keys (`window`, `after`, `dates`) look at a forum's events this way.
  public func forEachEvent(where select: (borrowing Event) -> Bool, _ body: (Int) -> Void) {
    var index = 0
    func scan(_ events: UnsafeBufferPointer<Event>) {
      for position in events.indices {
        if select(events[position]) { body(index) }
        index += 1
      }
    }
    for day in visit.days { day.events.withUnsafeBufferPointer(scan) }
    visit.unscheduled.withUnsafeBufferPointer(scan)
  }

  /// The people an entry list stands for (`stays.people`), each once, in
  /// order: people, group words, delegations' and groups' ids.
  public func people(of entries: [Located<Participant>]) -> [Int32] {
    var result: [Int32] = []
    var seen: Set<Int32> = []
    func add(_ person: Int32) { if seen.insert(person).inserted { result.append(person) } }
    for entry in entries {
      for id in visit.people(for: entry.value, in: people) {
        if let person = personIndex[id] { add(Int32(person)) }
      }
    }
    return result
  }

  /// The ids of the people taking part in event `index`.
  public func participantIDs(of index: Int) -> [Identifier] {
    participants(of: index).map { personIDs[Int($0)] }
  }

  /// Person `person`'s scheduled events, sorted.
  public func timeline(of person: Int) -> ArraySlice<TimelineEntry> {
    timelineEntries[Int(timelineOffsets[person])..<Int(timelineOffsets[person + 1])]
  }

  /// Ids in a stable order, for did-you-mean suggestions; sorted on demand,
  /// since only a file with mistakes needs it.
  public func sortedIDs() -> [Definition] {
    firstDefinition.values.sorted { ($0.id, $0.kind) < ($1.id, $1.kind) }
  }

  /// The kind of the first definition of `id`, if it is defined.
  public func kind(of id: Identifier) -> EntityKind? {
    firstDefinition[id]?.kind
  }

  /// How messages name a person: "Жевлаков Сергей", or the position.
  public func displayName(of person: Identifier) -> String {
    personByID[person]?.displayName ?? person.rawValue
  }

  // MARK: Building

  private static func index(_ visit: Visit) -> (
    [Identifier: Definition], [(first: Definition, repeated: Definition)]
  ) {
    var first: [Identifier: Definition] = [:]
    first.reserveCapacity(
      visit.people.count + visit.organizations.count + visit.places.count + visit.sites.count
        + visit.days.reduce(visit.unscheduled.count) { $0 + $1.events.count }
        + visit.agreements.count)
    var duplicates: [(first: Definition, repeated: Definition)] = []
    func add(_ id: Located<Identifier>, _ kind: EntityKind) {
      let definition = Definition(id: id.value, kind: kind, location: id.location)
      if let earlier = first[id.value] {
        duplicates.append((earlier, definition))
      } else {
        first[id.value] = definition
      }
    }
    for person in visit.people { add(person.id, .person) }
    for organization in visit.organizations { add(organization.id, .organization) }
    for place in visit.places { add(place.id, .place) }
    for site in visit.sites { add(site.id, .site) }
    for day in visit.days {
      for index in day.events.indices { add(day.events[index].id, .event) }
    }
    for index in visit.unscheduled.indices { add(visit.unscheduled[index].id, .event) }
    for agreement in visit.agreements { add(agreement.id, .agreement) }
    for delegation in visit.info.delegations {
      if let id = delegation.id { add(id, .delegation) }
    }
    for group in visit.groups { add(group.id, .group) }
    return (first, duplicates)
  }

  /// Counting sort into per-person ranges, then a sort within each range.
  private static func timelines(
    people: Int, day: [Int32], start: [Int16], end: [Int16], point: [Bool], offsets: [Int32],
    members: [Int32]
  ) -> ([Int32], [TimelineEntry]) {
    var counts = [Int32](repeating: 0, count: people + 1)
    var scheduled: [Int] = []
    for event in day.indices
    where day[event] != noDay && start[event] >= 0
      && (start[event] < end[event] || point[event])
    {
      scheduled.append(event)
      for k in Int(offsets[event])..<Int(offsets[event + 1]) { counts[Int(members[k]) + 1] += 1 }
    }
    for person in 0..<people { counts[person + 1] += counts[person] }
    var fill = counts
    let placeholder = TimelineEntry(event: 0, day: 0, start: 0, end: 0)
    var entries = [TimelineEntry](repeating: placeholder, count: Int(counts[people]))
    for event in scheduled {
      let entry = TimelineEntry(
        event: Int32(event), day: day[event], start: start[event], end: end[event])
      for k in Int(offsets[event])..<Int(offsets[event + 1]) {
        let person = Int(members[k])
        entries[Int(fill[person])] = entry
        fill[person] += 1
      }
    }
    for person in 0..<people where counts[person + 1] - counts[person] > 1 {
      entries[Int(counts[person])..<Int(counts[person + 1])].sort()
    }
    return (counts, entries)
  }

  private static func positions(_ ids: [Identifier]) -> [Identifier: Int] {
    var result: [Identifier: Int] = [:]
    result.reserveCapacity(ids.count)
    for (index, id) in ids.enumerated() { result[id] = index }
    return result
  }
}

/// A scheduled event on a timeline: its date and half-open minutes. Only
/// events with a date and a time that runs forwards are on timelines, and
/// start-only ones as a moment (start = end); the others are reported by
/// `time-order` and `unscheduled`, or have no known length.
public struct TimelineEntry: Hashable, Sendable, Comparable {
  /// Index of the event in the check context.
  public let event: Int32
  public let day: Int32
  public let start: Int16
  public let end: Int16

  public init(event: Int32, day: Int32, start: Int16, end: Int16) {
    self.event = event
    self.day = day
    self.start = start
    self.end = end
  }

  /// By day, start, end, then file order: the order a person lives them.
  public static func < (lhs: TimelineEntry, rhs: TimelineEntry) -> Bool {
    if lhs.day != rhs.day { return lhs.day < rhs.day }
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    if lhs.end != rhs.end { return lhs.end < rhs.end }
    return lhs.event < rhs.event
  }
}
