/// What a place is. The known kinds drive wording in reports ("в селе", "в
/// городе"); anything else is kept as the user wrote it.
public enum PlaceKind: Hashable, Sendable {
  case country
  case region
  case district
  case city
  case town
  case village
  case other(String)

  public static let knownKinds: [String] = [
    "country", "region", "district", "city", "town", "village",
  ]

  public init(_ text: String) {
    switch text {
    case "country": self = .country
    case "region": self = .region
    case "district": self = .district
    case "city": self = .city
    case "town": self = .town
    case "village": self = .village
    default: self = .other(text)
    }
  }

  public var text: String {
    switch self {
    case .country: "country"
    case .region: "region"
    case .district: "district"
    case .city: "city"
    case .town: "town"
    case .village: "village"
    case .other(let text): text
    }
  }
}
