import VisitCore
import VisitDiagnostics

extension EntityKind {
  /// "a person" / "участник".
  var wording: LocalizedText {
    switch self {
    case .person: LocalizedText(english: "a person", russian: "участник")
    case .organization: LocalizedText(english: "an organization", russian: "организация")
    case .place: LocalizedText(english: "a place", russian: "место")
    case .site: LocalizedText(english: "a site", russian: "площадка")
    case .event: LocalizedText(english: "an event", russian: "событие")
    case .agreement: LocalizedText(english: "an agreement", russian: "соглашение")
    case .delegation: LocalizedText(english: "a delegation", russian: "делегация")
    case .group: LocalizedText(english: "a group", russian: "группа")
    }
  }

  /// The Russian genitive, after "идентификатор": "участника", "организации".
  var russianGenitive: String {
    switch self {
    case .person: "участника"
    case .organization: "организации"
    case .place: "места"
    case .site: "площадки"
    case .event: "события"
    case .agreement: "соглашения"
    case .delegation: "делегации"
    case .group: "группы"
    }
  }

  /// "the id of a person or an organization" / "идентификатор участника или
  /// организации", kinds in a fixed order.
  static func idWording(ofAny kinds: EntityKinds) -> LocalizedText {
    let ordered = kinds.kinds
    return LocalizedText(
      english: "the id of " + ordered.map(\.wording.english).joined(separator: " or "),
      russian: "идентификатор " + ordered.map(\.russianGenitive).joined(separator: " или "))
  }
}
