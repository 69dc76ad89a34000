import VisitCore
import VisitLanguage

/// A value that prints as a phrase, its name, in the case asked.
protocol NamedByPhrase: Declinable {
  var phrase: PhraseValue { get }
  var grammaticalCase: GrammaticalCase { get set }
}

extension NamedByPhrase {
  var description: String { phrase.description }

  func inflected(_ grammaticalCase: GrammaticalCase) -> Self {
    var copy = self
    copy.grammaticalCase = grammaticalCase
    return copy
  }

  var agreementGender: GrammaticalGender? { phrase.agreementGender }
  var locative: String { phrase.locative }
}

/// An organization; prints as its name in the case asked.
struct OrganizationValue: TemplateObject, NamedByPhrase {
  let model: ReportModel
  let organization: Organization
  var grammaticalCase: GrammaticalCase = .nominative

  static let typeName = "Organization"
  static let fields: [String: FieldType] = [
    "name": .object("Phrase"), "short": .text, "place": .object("Place"),
    "head": .object("Person"), "kind": .text,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "name": return phrase
    case "short": return organization.shortName?.value
    case "place": return model.place(organization.place?.value)
    case "head": return model.person(organization.head?.value)
    case "kind": return organization.kind?.value
    default: return nil
    }
  }

  var phrase: PhraseValue {
    let english = model.language == .english ? organization.englishName?.value : nil
    return PhraseValue(
      text: english ?? organization.name?.value ?? organization.id.value.rawValue,
      kind: .organization, forms: organization.forms, language: model.language,
      grammaticalCase: grammaticalCase)
  }

}

/// A venue; prints as its name in the case asked.
struct SiteValue: TemplateObject, NamedByPhrase {
  let model: ReportModel
  let site: Site
  var grammaticalCase: GrammaticalCase = .nominative

  static let typeName = "Site"
  static let fields: [String: FieldType] = [
    "name": .object("Phrase"), "address": .text, "place": .object("Place"),
    "capacity": .number, "is_room": .flag,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "name": return phrase
    case "address": return site.address?.value
    case "place": return model.place(site.place?.value)
    case "capacity": return site.capacity?.value
    case "is_room": return site.building != nil
    default: return nil
    }
  }

  var phrase: PhraseValue {
    let english = model.language == .english ? site.englishName?.value : nil
    return PhraseValue(
      text: english ?? site.name?.value ?? site.id.value.rawValue, kind: .organization,
      forms: site.forms, language: model.language, grammaticalCase: grammaticalCase)
  }

}

/// A group word of the participants: the delegation, or the hosts.
struct GroupValue: TemplateObject, NamedByPhrase {
  enum Group {
    case delegation
    case hosts
    /// One of `visit.delegations`, or a group of `groups`.
    case named(Identifier)
  }

  let model: ReportModel
  let group: Group
  var grammaticalCase: GrammaticalCase = .nominative

  static let typeName = "Group"
  static let fields: [String: FieldType] = [
    "name": .object("Phrase"), "members": .list(.object("Person")),
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "name": return phrase
    case "members":
      switch group {
      case .delegation: return model.members(of: .delegation)
      case .hosts: return model.members(of: .host)
      case .named(let id):
        return (model.peopleIndex.groupMembers[id] ?? []).compactMap { model.person($0) }
      }
    default: return nil
    }
  }

  /// Several delegations and no single one: "делегации" / "the delegations".
  var isSeveralDelegations: Bool {
    model.visit.info.delegation == nil && model.visit.info.delegations.count > 1
  }

  /// "делегация", or "делегации" for several: the delegation(s) mentioned again.
  var shortPhrase: PhraseValue {
    let russian = model.language == .russian
    guard isSeveralDelegations else {
      return PhraseValue(
        text: russian ? "делегация" : "the delegation", kind: .organization,
        language: model.language, grammaticalCase: grammaticalCase)
    }
    var phrase = PhraseValue(
      text: russian ? "делегации" : "the delegations", kind: .organization,
      forms: Self.russianPlural, language: model.language, grammaticalCase: grammaticalCase)
    phrase.isPlural = true
    return phrase
  }

  /// "делегации" in every case, since the lexicon declines the singular.
  static let russianPlural = GrammaticalForms([
    .nominative: "делегации", .genitive: "делегаций", .dative: "делегациям",
    .accusative: "делегации", .instrumental: "делегациями", .prepositional: "делегациях",
  ])

  var phrase: PhraseValue {
    let russian = model.language == .russian
    if case .delegation = group, isSeveralDelegations { return shortPhrase }
    let text: String
    switch group {
    case .delegation:
      // The name is written in the visit's language; a report in the other
      // language says "the delegation".
      let written = model.language == model.visit.info.effectiveLanguage
      // Or its twin (`name-en`) in a report in the other language.
      text =
        model.visit.info.delegation.flatMap {
          model.text("name", written ? $0.name?.value : nil, twins: $0.twins)
        } ?? (russian ? "делегация" : "the delegation")
    case .hosts:
      text = russian ? "принимающая сторона" : "the hosts"
    case .named(let id):
      text = model.groupName(id) ?? id.rawValue
    }
    return PhraseValue(
      text: text, kind: .organization, language: model.language,
      grammaticalCase: grammaticalCase)
  }

}
