import Synchronization
import VisitCore
import VisitLanguage

/// The visit as reports see it: lookups by id, the places of events, who
/// belongs to which side. Built once per report; the template values are
/// small views into it that resolve their fields when a template asks.
final class ReportModel: Sendable {
  let visit: Visit
  let language: Language
  let people: [Identifier: Person]
  let organizations: [Identifier: Organization]
  let places: [Identifier: Place]
  let sites: [Identifier: Site]
  let events: [Identifier: Event]
  let peopleIndex: PeopleIndex
  /// Agreements by the id of the event they are signed at.
  let agreementsByEvent: [Identifier: [Agreement]]
  /// Where the whole visit went: the common place of all its events and of
  /// the receiving organizations (an event without a venue still happened
  /// somewhere within the host's region).
  let destinationID: Identifier?
  /// People's names as printed, by case and style: a programme names the
  /// same delegation at every event.
  let personTexts = Memo<PersonTextKey, String>()
  /// The people a document has named with their full title so far: Russian
  /// official prose gives the title and the full name at the first mention,
  /// then "Г. А. Рапота" (issue 10, first and next mention).
  private let mentioned = Mutex<Set<Identifier>>([])

  /// Whether this is the first titled mention of `person` (and it is
  /// remembered as made).
  func isFirstMention(of person: Identifier) -> Bool {
    mentioned.withLock { $0.insert(person).inserted }
  }

  init(_ visit: Visit, language: Language) {
    self.visit = visit
    self.language = language
    people = Dictionary(firstOf: visit.people, by: \.id.value)
    let organizations = Dictionary(firstOf: visit.organizations, by: \.id.value)
    let places = Dictionary(firstOf: visit.places, by: \.id.value)
    let sites = Dictionary(firstOf: visit.sites, by: \.id.value)
    self.organizations = organizations
    self.places = places
    self.sites = sites
    events = Dictionary(firstOf: visit.events, by: \.id.value)
    peopleIndex = PeopleIndex(visit: visit)
    var agreementsByEvent: [Identifier: [Agreement]] = [:]
    for agreement in visit.agreements {
      if let event = agreement.event?.value {
        agreementsByEvent[event, default: []].append(agreement)
      }
    }
    self.agreementsByEvent = agreementsByEvent
    let hosts = [visit.info.host, visit.info.inviter].compactMap {
      $0.flatMap { organizations[$0.value]?.place?.value }
    }
    let eventPlaces = visit.events.compactMap { event in
      event.site.flatMap { sites[$0.value] }?.place?.value
    }
    destinationID = places.innermostCommon(of: eventPlaces + hosts)
  }

  /// What decides how a person is printed (the language is the model's).
  struct PersonTextKey: Hashable, Sendable {
    let person: Identifier
    let grammaticalCase: GrammaticalCase
    let style: PersonValue.Style
  }

  // MARK: Values

  func person(_ id: Identifier?) -> PersonValue? {
    id.flatMap { people[$0] }.map { PersonValue(model: self, person: $0) }
  }

  func organization(_ id: Identifier?) -> OrganizationValue? {
    id.flatMap { organizations[$0] }.map { OrganizationValue(model: self, organization: $0) }
  }

  func place(_ id: Identifier?) -> PlaceValue? {
    id.flatMap { places[$0] }.map { PlaceValue(model: self, place: $0) }
  }

  func site(_ id: Identifier?) -> SiteValue? {
    id.flatMap { sites[$0] }.map { SiteValue(model: self, site: $0) }
  }

  /// A person, an organization (taking part as a body), or a group word.
  func participant(_ participant: Participant) -> Any? {
    switch participant {
    case .delegation: GroupValue(model: self, group: .delegation)
    case .hosts: GroupValue(model: self, group: .hosts)
    case .entity(let id):
      person(id) ?? organization(id)
        ?? (peopleIndex.groupMembers[id] != nil || groupName(id) != nil
          ? GroupValue(model: self, group: .named(id)) : nil)
    }
  }

  /// The hotel an event's people check into on its date: a stay of any of
  /// them that starts that day ("прибыли и разместились в гостинице").
  func checkIn(at event: Event) -> Identifier? {
    guard let date = event.date else { return nil }
    let people = Set(event.participants.map(\.value))
    let ids = Set(self.people(in: event.participants).map(\.person.id.value))
    return visit.stays.first { stay in
      stay.from?.value == date
        && stay.people.contains {
          people.contains($0.value)
            || visit.people(for: $0.value, in: peopleIndex).contains(where: ids.contains)
        }
    }?.site?.value
  }

  /// Whether `title` (lower-cased) names the person: their surname in any
  /// case, Russian or English.
  func isNamed(_ person: Person, in title: String) -> Bool {
    surnames(of: person).contains { TextSearch.contains(title, $0) }
  }

  /// The person's surname in every case, lower-cased, Latin spelling too.
  private func surnames(of person: Person) -> [String] {
    surnameForms.value(for: person.id.value) {
      var forms: [String] = []
      if let english = person.englishName?.value, let last = english.split(separator: " ").last,
        last.count > 2
      {
        forms.append(last.lowercased())
      }
      if let name = person.name?.value, name.last.count > 2 {
        for grammaticalCase in GrammaticalCase.allCases {
          let declined = RussianInflector.inflect(
            name, gender: person.effectiveGender, to: grammaticalCase, forms: person.forms
          ).name.last.lowercased()
          if !forms.contains(declined) { forms.append(declined) }
        }
      }
      return forms
    }
  }

  /// Whether `title` names the person, with one search for the surname's
  /// stem first: most titles name nobody, and a forum has a hundred
  /// thousand participant entries.
  func isNamedQuickly(_ person: Person, in title: String) -> Bool {
    let stem = surnameStems.value(for: person.id.value) {
      let forms = surnames(of: person)
      guard var prefix = forms.first else { return "" }
      for form in forms.dropFirst() where !form.hasPrefix(prefix) {
        prefix = String(zip(prefix, form).prefix { $0 == $1 }.map(\.0))
      }
      return prefix
    }
    if stem.count >= 3, !TextSearch.contains(title, stem) { return false }
    return isNamed(person, in: title)
  }

  private let surnameStems = Memo<Identifier, String>()

  /// Each person's surname in every case, lower-cased, worked out once: a
  /// report asks for every participant of every event.
  private let surnameForms = Memo<Identifier, [String]>()

  /// The people a sentence leaves out of an event's participants (the
  /// counterpart, the official of a working trip), once per event.
  func leftOut(of event: Event, _ make: () -> Set<Identifier>) -> Set<Identifier> {
    leftOutPeople.value(for: EventKey(id: event.id.value, location: event.location), orMake: make)
  }

  struct EventKey: Hashable, Sendable {
    let id: Identifier
    let location: SourceLocation?
  }

  private let leftOutPeople = Memo<EventKey, Set<Identifier>>()

  /// A venue's name in every case, lower-cased, worked out once per venue.
  func siteForms(_ site: Identifier, _ make: () -> [String]) -> [String] {
    siteNames.value(for: site, orMake: make)
  }

  private let siteNames = Memo<Identifier, [String]>()

  /// A title as a report narrates it, worked out once per title.
  func narrated(_ title: String) -> ItemTitle {
    itemTitles.value(for: title) {
      // Narrated by the rules of the language the title is written in.
      ItemTitle(title, language: Script.isCyrillic(title) ? .russian : .english)
    }
  }

  private let itemTitles = Memo<String, ItemTitle>()

  /// A site's or a place's name, for a leg's `from` and `to`.
  func locationName(_ id: Identifier) -> String {
    if let site = site(id) { return site.description }
    if let place = place(id) { return place.description }
    return id.rawValue
  }

  /// What `press:` means, in words.
  func pressLabel(_ press: PressAccess) -> String {
    DocumentWords.press(press).text(in: language)
  }

  /// A text in the report's language: its twin (`title-en` in a Russian
  /// visit) in a report in the other language, else the text as written.
  func text(_ key: String, _ original: String?, twins: TextTwins) -> String? {
    twins.text(key, original: original, in: language)
  }

  /// A list of texts (`topics`, `goals`) in the report's language.
  func texts(_ key: String, _ original: [Located<String>], twins: TextTwins) -> [String] {
    if language == twins.language, let twin = twins.lists[key] { return twin.map(\.value) }
    return original.map(\.value)
  }

  /// The name of one of `visit.delegations` or of a group, in the report's
  /// language: the twin where there is one, else the name as written.
  func groupName(_ id: Identifier) -> String? {
    visit.groupName(of: id, in: language)
  }

  func party(_ id: Identifier?) -> Any? {
    person(id) ?? organization(id)
  }

  func people(in participants: [Located<Participant>]) -> [PersonValue] {
    var seen: Set<Identifier> = []
    var result: [PersonValue] = []
    for participant in participants {
      for id in visit.people(for: participant.value, in: peopleIndex)
      where seen.insert(id).inserted {
        if let person = person(id) { result.append(person) }
      }
    }
    return result
  }

  func members(of side: Side) -> [PersonValue] {
    visit.peopleInProtocolOrder.filter { $0.side?.value == side }
      .map { PersonValue(model: self, person: $0) }
  }

  // MARK: Places

  /// The place an event happens in: its site's place.
  func placeID(of event: Event) -> Identifier? {
    event.site.flatMap { sites[$0.value] }?.place?.value
  }
}
