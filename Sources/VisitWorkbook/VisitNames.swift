import VisitCore

/// How the workbook names things, in its language: English documents use a
/// `name-en` where the file gives one.
struct VisitNames {
  let visit: Visit
  let language: Language
  let people: [Identifier: Person]
  let organizations: [Identifier: Organization]
  let sites: [Identifier: Site]
  let places: [Identifier: Place]
  let peopleIndex: PeopleIndex

  init(_ visit: Visit, language: Language) {
    self.visit = visit
    self.language = language
    people = Dictionary(firstOf: visit.people, by: \.id.value)
    organizations = Dictionary(firstOf: visit.organizations, by: \.id.value)
    sites = Dictionary(firstOf: visit.sites, by: \.id.value)
    places = Dictionary(firstOf: visit.places, by: \.id.value)
    peopleIndex = PeopleIndex(visit.people)
  }

  /// "Жевлаков Сергей", or the position for a person without a name.
  func person(_ id: Identifier) -> String {
    guard let person = people[id] else { return id.rawValue }
    if language == .english, let english = person.englishName?.value { return english }
    return person.displayName
  }

  func organization(_ id: Identifier) -> String {
    guard let organization = organizations[id] else { return id.rawValue }
    if language == .english, let english = organization.englishName?.value { return english }
    return organization.name?.value ?? id.rawValue
  }

  /// A person or an organization (gifts, participants).
  func party(_ id: Identifier) -> String {
    people[id] != nil ? person(id) : organization(id)
  }

  func site(_ id: Identifier) -> String {
    guard let site = sites[id] else { return id.rawValue }
    if language == .english, let english = site.englishName?.value { return english }
    return site.name?.value ?? id.rawValue
  }

  func place(_ id: Identifier) -> String {
    guard let place = places[id] else { return id.rawValue }
    if language == .english, let english = place.englishName?.value { return english }
    return place.name?.value ?? id.rawValue
  }

  /// "Преображенье, Измалковский муниципальный район, Липецкая область".
  func placeChain(_ id: Identifier) -> String {
    places.chain(from: id).map(place).joined(separator: ", ")
  }

  /// The people an event's participants stand for, then organizations, by name.
  func participants(of event: Event) -> [String] {
    var seen: Set<Identifier> = []
    var names: [String] = []
    for participant in event.participants {
      let ids: [Identifier]
      switch participant.value {
      case .entity(let id): ids = [id]
      case .delegation: ids = peopleIndex.delegation
      case .hosts: ids = peopleIndex.hosts
      }
      for id in ids where seen.insert(id).inserted { names.append(party(id)) }
    }
    return names
  }
}
