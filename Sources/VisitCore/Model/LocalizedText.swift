/// A user-facing text in both languages visitplan speaks.
///
/// Messages are written in both at the point where the facts are at hand, so
/// that the printer only chooses; the rule slug is the same in both.
public struct LocalizedText: Hashable, Sendable {
  public var english: String
  public var russian: String

  public init(english: String, russian: String) {
    self.english = english
    self.russian = russian
  }

  public func text(in language: Language) -> String {
    switch language {
    case .english: english
    case .russian: russian
    }
  }
}
