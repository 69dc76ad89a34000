/// A name as English documents write it: given name first, honorific kept
/// ("Sir Michael Hardie Boys", "Dr Ross Armstrong").
public struct EnglishName: Hashable, Sendable {
  public var honorific: String?
  public var first: String?
  public var last: String

  public init(honorific: String? = nil, first: String? = nil, last: String) {
    self.honorific = honorific
    self.first = first
    self.last = last
  }

  /// "Sir Michael Hardie Boys".
  public var fullForm: String {
    [honorific, first, last].compactMap { $0 }.joined(separator: " ")
  }

  /// "Sir Michael" for a knight, else the honorific and surname ("Dr
  /// Armstrong"), else the surname: the short form of a later mention.
  public var shortForm: String {
    if let honorific, ["Sir", "Dame"].contains(honorific), let first {
      return "\(honorific) \(first)"
    }
    return [honorific, last].compactMap { $0 }.joined(separator: " ")
  }

  /// Honorifics recognised at the start of a written name.
  public static let honorifics: Set<String> = [
    "Sir", "Dame", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.",
    "Professor", "Lord", "Lady", "Hon", "Hon.", "Rt Hon", "HE", "H.E.",
  ]

  /// Reads "Sir Michael Hardie Boys" as honorific, first name, surname: the
  /// surname is every word after the first name, as English names are written.
  public init?(parsing text: String) {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { return nil }
    var honorific: String?
    if words.count > 1, Self.honorifics.contains(words[0]) {
      honorific = words.removeFirst()
    }
    self.honorific = honorific
    if words.count == 1 {
      self.first = nil
      self.last = words[0]
    } else {
      self.first = words[0]
      self.last = words.dropFirst().joined(separator: " ")
    }
  }
}
