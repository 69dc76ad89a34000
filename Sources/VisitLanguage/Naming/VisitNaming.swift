public import VisitCore

/// How every document names the things of a visit in its language: English
/// documents use a `name-en` (or a `title-en` twin) where the file gives one,
/// and fall back to the name as written, then to the id. The workbook, the
/// page and the calendars all name through this, so a person is called the
/// same in each of them.
public struct VisitNaming: Sendable {
  public let visit: Visit
  public let language: Language
  public let people: [Identifier: Person]
  public let organizations: [Identifier: Organization]
  public let sites: [Identifier: Site]
  public let places: [Identifier: Place]
  public let peopleIndex: PeopleIndex
  /// Each person's name as documents write it, worked out once: every
  /// event's participants name them again.
  private let personNames: [Identifier: String]

  public init(_ visit: Visit, language: Language) {
    self.visit = visit
    self.language = language
    people = Dictionary(firstOf: visit.people, by: \.id.value)
    organizations = Dictionary(firstOf: visit.organizations, by: \.id.value)
    sites = Dictionary(firstOf: visit.sites, by: \.id.value)
    places = Dictionary(firstOf: visit.places, by: \.id.value)
    peopleIndex = PeopleIndex(visit: visit)
    var personNames: [Identifier: String] = [:]
    personNames.reserveCapacity(people.count)
    for (id, person) in people {
      personNames[id] =
        language == .english ? person.englishName?.value ?? person.displayName : person.displayName
    }
    self.personNames = personNames
  }

  /// An event's title in the document's language: its twin (`title-en`) in
  /// a document in the visit's other language, else as written.
  public func title(of event: Event) -> String {
    event.twins.text("title", original: event.title?.value, in: language)
      ?? event.id.value.rawValue
  }

  /// The visit's title in the document's language.
  public var visitTitle: String {
    visit.info.twins.text("title", original: visit.info.title?.value, in: language) ?? ""
  }

  /// "Жевлаков Сергей", or the position for a person without a name.
  public func person(_ id: Identifier) -> String {
    personNames[id] ?? id.rawValue
  }

  public func organization(_ id: Identifier) -> String {
    guard let organization = organizations[id] else { return id.rawValue }
    if language == .english, let english = organization.englishName?.value { return english }
    return organization.name?.value ?? id.rawValue
  }

  /// A person, an organization, or a delegation or group taking part as a
  /// body (gifts, participants).
  public func party(_ id: Identifier) -> String {
    if people[id] != nil { return person(id) }
    if organizations[id] == nil, let name = groupName(id) { return name }
    return organization(id)
  }

  /// The name of one of `visit.delegations` or of a group, in the
  /// document's language (the twin where there is one).
  public func groupName(_ id: Identifier) -> String? {
    visit.groupName(of: id, in: language)
  }

  public func site(_ id: Identifier) -> String {
    guard let site = sites[id] else { return id.rawValue }
    if language == .english, let english = site.englishName?.value { return english }
    return site.name?.value ?? id.rawValue
  }

  /// A venue as a guest must find it: a room with its building ("Tui
  /// Suite 1, Carlton Hotel"), any other site by its name.
  public func venue(_ id: Identifier) -> String {
    guard let building = sites[id]?.building?.value, building != id, sites[building] != nil
    else { return site(id) }
    return site(id) + ", " + site(building)
  }

  /// Where an event happens, as a guest reads it: its venue (a room with
  /// its building), or for a leg where it goes from and to ("Аэропорт →
  /// Гостиница «Россия»"); nil when the file does not say.
  public func venue(of event: Event) -> String? {
    if let site = event.site?.value { return venue(site) }
    let ends = [event.from?.value, event.to?.value].compactMap { $0 }.map(location)
    return ends.isEmpty ? nil : ends.joined(separator: " \u{2192} ")
  }

  /// A site's or a place's name: the ends of a leg.
  public func location(_ id: Identifier) -> String {
    sites[id] != nil ? site(id) : place(id)
  }

  public func place(_ id: Identifier) -> String {
    guard let place = places[id] else { return id.rawValue }
    if language == .english, let english = place.englishName?.value { return english }
    return place.name?.value ?? id.rawValue
  }

  /// "Преображенье, Измалковский муниципальный район, Липецкая область".
  public func placeChain(_ id: Identifier) -> String {
    places.chain(from: id).map(place).joined(separator: ", ")
  }

  /// The people an event concerns, group words and delegations expanded,
  /// each once, in the order written; the people met (`with`) after them.
  /// Organizations taking part as a body are not people and are left out.
  public func people(of event: Event) -> [Identifier] {
    var seen: Set<Identifier> = []
    var result: [Identifier] = []
    let met = event.with.map { $0.map(Participant.entity) }
    for participant in event.participants + met {
      for id in visit.people(for: participant.value, in: peopleIndex) where people[id] != nil {
        if seen.insert(id).inserted { result.append(id) }
      }
    }
    return result
  }

  /// The bodies an event names that are not people: organizations taking
  /// part as a whole ("воспитанники детского сада"), and delegations or
  /// groups with no people of their own in the file ("делегации ветеранов
  /// из регионов …"), each once.
  public func bodies(of event: Event) -> [Identifier] {
    var seen: Set<Identifier> = []
    return event.participants.compactMap { participant in
      guard case .entity(let id) = participant.value, people[id] == nil,
        peopleIndex.groupMembers[id]?.isEmpty ?? true, seen.insert(id).inserted
      else { return nil }
      return id
    }
  }
}

extension EventKind {
  /// The kind as a heading or a category says it: "Встреча" / "Meeting".
  public func name(in language: Language) -> String { name.text(in: language) }

  /// The kind's name in both languages.
  public var name: LocalizedText {
    switch self {
    case .meeting: LocalizedText(english: "Meeting", russian: "Встреча")
    case .visit: LocalizedText(english: "Visit", russian: "Посещение")
    case .signing: LocalizedText(english: "Signing", russian: "Подписание")
    case .ceremony: LocalizedText(english: "Ceremony", russian: "Церемония")
    case .memorial: LocalizedText(english: "Memorial", russian: "Памятное мероприятие")
    case .meal: LocalizedText(english: "Meal", russian: "Питание")
    case .travel: LocalizedText(english: "Transfer", russian: "Переезд")
    case .arrival: LocalizedText(english: "Arrival", russian: "Прибытие")
    case .departure: LocalizedText(english: "Departure", russian: "Отъезд")
    case .press: LocalizedText(english: "Press", russian: "Пресс-мероприятие")
    case .other: LocalizedText(english: "Other", russian: "Прочее")
    }
  }
}
