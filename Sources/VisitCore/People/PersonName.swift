/// A person's name as official lists write it: surname first.
public struct PersonName: Hashable, Sendable {
  public var last: String
  public var first: String?
  public var middle: String?

  public init(last: String, first: String? = nil, middle: String? = nil) {
    self.last = last
    self.first = first
    self.middle = middle
  }

  /// Splits "Last First Middle" on spaces. A patronymic of two words
  /// ("Рашид оглы") keeps its second word; a surname of several words needs the
  /// mapping form. Nil for an empty string.
  public init?(parsing text: String) {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let last = words.first else { return nil }
    self.last = last
    self.first = words.count > 1 ? words[1] : nil
    self.middle = words.count > 2 ? words[2...].joined(separator: " ") : nil
  }

  /// "Жевлаков Сергей", the order of official lists.
  public var listForm: String {
    [last, first, middle].compactMap { $0 }.joined(separator: " ")
  }
}
