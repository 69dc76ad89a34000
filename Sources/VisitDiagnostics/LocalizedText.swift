public import VisitCore

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
