import VisitCore
import VisitDiagnostics

/// `unused` (note): a person, organization, place or site is defined and
/// never used: nothing refers to it, and a person is not covered by a group
/// word that some event uses.
struct UnusedRule: CheckRule {
  var id: RuleID { .unused }

  func check(_ context: CheckContext) -> [Diagnostic] {
    // Participants and sites are in the context already; the rest of the
    // references are few.
    var used = context.participatingOrganizations
    context.visit.forEachReference(includingParticipantsAndSites: false) {
      used.insert($0.target.value)
    }
    var personTakesPart = [Bool](repeating: false, count: context.personIDs.count)
    for person in context.participantPeople { personTakesPart[Int(person)] = true }
    for (person, takesPart) in personTakesPart.enumerated() where takesPart {
      used.insert(context.personIDs[person])
    }
    var siteIsUsed = [Bool](repeating: false, count: context.siteIDs.count)
    for site in context.eventSite where site >= 0 { siteIsUsed[Int(site)] = true }
    for (site, isUsed) in siteIsUsed.enumerated() where isUsed {
      used.insert(context.siteIDs[site])
    }
    if context.usesDelegationWord { used.formUnion(context.people.delegation) }
    if context.usesHostsWord { used.formUnion(context.people.hosts) }
    var result: [Diagnostic] = []
    var reported: Set<Identifier> = []
    func report(_ id: Located<Identifier>, _ kind: EntityKind, name: String?) {
      guard !used.contains(id.value), reported.insert(id.value).inserted else { return }
      let label = name.map { " (\($0))" } ?? ""
      result.append(
        Diagnostic(
          .unused,
          LocalizedText(
            english: "the \(Self.noun(kind)) \(Quote.english(id.value.rawValue))\(label) is "
              + "defined but never used; remove it, or use it where it belongs",
            russian: "\(kind.wording.russian) \(Quote.russian(id.value.rawValue))\(label) "
              + "\(Self.definedRussian(kind)), но нигде не используется; удалите или "
              + "используйте там, где нужно"),
          at: id.location, people: kind == .person ? [id.value] : []))
    }
    for person in context.visit.people {
      report(person.id, .person, name: person.name?.value.listForm)
    }
    for organization in context.visit.organizations {
      report(organization.id, .organization, name: organization.name?.value)
    }
    for place in context.visit.places { report(place.id, .place, name: place.name?.value) }
    for site in context.visit.sites { report(site.id, .site, name: site.name?.value) }
    return result
  }
}

extension UnusedRule {
  static func noun(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "person"
    case .organization: "organization"
    case .place: "place"
    case .site: "site"
    case .event: "event"
    case .agreement: "agreement"
    case .delegation: "delegation"
    case .group: "group"
    }
  }

  /// The participle agreeing with the Russian noun's gender.
  static func definedRussian(_ kind: EntityKind) -> String {
    switch kind {
    case .person: "определён"
    case .organization, .site, .delegation, .group: "определена"
    case .place, .event, .agreement: "определено"
    }
  }
}
