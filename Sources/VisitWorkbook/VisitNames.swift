import VisitCore
import VisitXLSX

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
  let attendance: Attendance
  /// Each person's name as the workbook writes it, worked out once: an
  /// event's participants cell names every one of them.
  private let personNames: [Identifier: String]
  /// The people of the group words, as indices into `attendance.personIDs`.
  private let delegationIndices: [Int]
  private let hostIndices: [Int]

  init(_ visit: Visit, language: Language) {
    self.visit = visit
    self.language = language
    people = Dictionary(firstOf: visit.people, by: \.id.value)
    organizations = Dictionary(firstOf: visit.organizations, by: \.id.value)
    sites = Dictionary(firstOf: visit.sites, by: \.id.value)
    places = Dictionary(firstOf: visit.places, by: \.id.value)
    peopleIndex = PeopleIndex(visit: visit)
    attendance = Attendance(visit, people: peopleIndex)
    var personNames: [Identifier: String] = [:]
    personNames.reserveCapacity(people.count)
    for (id, person) in people {
      personNames[id] =
        language == .english ? person.englishName?.value ?? person.displayName : person.displayName
    }
    self.personNames = personNames
    let index = attendance.personIndex
    delegationIndices = peopleIndex.delegation.compactMap { index[$0] }
    hostIndices = peopleIndex.hosts.compactMap { index[$0] }
  }

  /// An event's title in the workbook's language: its twin (`title-en`)
  /// in a workbook in the visit's other language, else as written.
  func title(of event: Event) -> String {
    event.twins.text("title", original: event.title?.value, in: language)
      ?? event.id.value.rawValue
  }

  /// The visit's title in the workbook's language.
  var visitTitle: String {
    visit.info.twins.text("title", original: visit.info.title?.value, in: language) ?? ""
  }

  /// "Жевлаков Сергей", or the position for a person without a name.
  func person(_ id: Identifier) -> String {
    personNames[id] ?? id.rawValue
  }

  func organization(_ id: Identifier) -> String {
    guard let organization = organizations[id] else { return id.rawValue }
    if language == .english, let english = organization.englishName?.value { return english }
    return organization.name?.value ?? id.rawValue
  }

  /// A person, an organization, or a delegation or group taking part as a
  /// body (gifts, participants).
  func party(_ id: Identifier) -> String {
    if people[id] != nil { return person(id) }
    if organizations[id] == nil, let name = groupName(id) { return name }
    return organization(id)
  }

  /// The name of one of `visit.delegations` or of a group, in the
  /// workbook's language (the twin where there is one).
  func groupName(_ id: Identifier) -> String? {
    visit.groupName(of: id, in: language)
  }

  func site(_ id: Identifier) -> String {
    guard let site = sites[id] else { return id.rawValue }
    if language == .english, let english = site.englishName?.value { return english }
    return site.name?.value ?? id.rawValue
  }

  /// A site's or a place's name: the ends of a leg.
  func location(_ id: Identifier) -> String {
    sites[id] != nil ? site(id) : place(id)
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

  /// The people an event's participants stand for, and organizations, by
  /// name, one per line (names and positions contain commas). A list longer
  /// than a cell holds stops there (the cell shows "…"), so a delegation of
  /// thousands costs no more.
  func participants(of event: Event) -> String {
    // The people met (`with`) attend too; the table lists them after.
    let met = event.with.filter { id in
      !event.participants.contains { $0.value == .entity(id.value) }
    }
    return people(in: event.participants + met.map { $0.map(Participant.entity) })
  }

  /// The same for any list of participant entries (`stays.people`).
  func people(in entries: [Located<Participant>]) -> String {
    var seenPeople: Set<Int> = []
    var seenOthers: Set<Identifier> = []
    var text = ""
    var length = 0
    func append(_ name: String) -> Bool {
      if !text.isEmpty { text += "\n" }
      text += name
      length += name.unicodeScalars.count + 2
      return length <= Worksheet.maximumTextLength
    }
    for participant in entries {
      let people: [Int]
      switch participant.value {
      case .entity(let id):
        if let person = attendance.personIndex[id] {
          people = [person]
        } else if let members = peopleIndex.groupMembers[id], !members.isEmpty {
          people = members.compactMap { attendance.personIndex[$0] }
        } else {
          if seenOthers.insert(id).inserted, !append(party(id)) { return text }
          continue
        }
      case .delegation: people = delegationIndices
      case .hosts: people = hostIndices
      }
      for index in people where seenPeople.insert(index).inserted {
        guard append(person(attendance.personIDs[index])) else { return text }
      }
    }
    return text
  }
}
