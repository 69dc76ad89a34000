public import VisitCore

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

extension LocalizedText {
  /// A length of time as messages say it: "45 min", "2 h", "1 h 30 min" /
  /// "45 мин", "2 ч", "1 ч 30 мин".
  public init(duration minutes: Minutes) {
    let hours = minutes.count / 60
    let rest = minutes.count % 60
    switch (hours, rest) {
    case (0, _): self.init(english: "\(rest) min", russian: "\(rest) мин")
    case (_, 0): self.init(english: "\(hours) h", russian: "\(hours) ч")
    default: self.init(english: "\(hours) h \(rest) min", russian: "\(hours) ч \(rest) мин")
    }
  }
}

extension LocalizedText {
  /// A name in quotation marks as each language writes them: "…" / «…»,
  /// cut at a word when long (`Quote`).
  public init(quoting text: String) {
    self.init(english: Quote.english(text), russian: Quote.russian(text))
  }
}
