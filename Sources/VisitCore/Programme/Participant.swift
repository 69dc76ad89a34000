/// An entry of an event's `participants`: an id, or a group word that stands
/// for every person on one side.
public enum Participant: Hashable, Sendable {
  /// A person, or an organization taking part as a body.
  case entity(Identifier)
  /// Every person with `side: delegation`.
  case delegation
  /// Every person with `side: host`.
  case hosts

  /// The group words as written in the file.
  public static let groupWords = ["delegation", "hosts"]

  /// Reads a participant as written: a group word, else an id.
  public init(_ text: String) {
    switch text {
    case "delegation": self = .delegation
    case "hosts": self = .hosts
    default: self = .entity(Identifier(text))
    }
  }
}
