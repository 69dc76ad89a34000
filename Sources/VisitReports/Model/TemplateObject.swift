/// A value templates can look into by field name. The fields are declared
/// as types so that a template is checked before it runs: a misspelt
/// `{{ event.titel }}` is an error with its position, not an empty string.
protocol TemplateObject {
  /// The name of the object type in messages and the schema ("Person").
  static var typeName: String { get }
  static var fields: [String: FieldType] { get }
  func field(_ name: String) -> Any?
}

/// What a field holds, as far as checking a template needs to know.
indirect enum FieldType: Hashable, Sendable {
  case text
  case number
  case flag
  case object(String)
  case list(FieldType)

  /// The object types by name, with their fields.
  static let objects: [String: [String: FieldType]] = {
    var objects: [String: [String: FieldType]] = [:]
    for type in [
      PersonValue.self, OrganizationValue.self, PlaceValue.self, SiteValue.self,
      PhraseValue.self, EventValue.self, DayValue.self, DateValue.self, DateRangeValue.self,
      AgreementValue.self, GiftValue.self, GroupValue.self, VisitValue.self,
      DelegationValue.self, StayValue.self,
    ] as [any TemplateObject.Type] {
      objects[type.typeName] = type.fields
    }
    // A participant or a giver is a person, an organization or a group.
    objects["Participant"] = PersonValue.fields.merging(
      OrganizationValue.fields.merging(GroupValue.fields) { first, _ in first }
    ) { first, _ in first }
    objects["Forloop"] = [
      "counter": .number, "counter0": .number, "first": .flag, "last": .flag, "length": .number,
    ]
    return objects
  }()

  var description: String {
    switch self {
    case .text: "text"
    case .number: "number"
    case .flag: "yes/no"
    case .object(let name): name
    case .list(let element): "list of \(element.description)"
    }
  }
}
