/// The texts of one object in the visit's other language: `title-en`,
/// `notes-en` in a Russian visit, `title-ru` in an English one
/// (programmes.md, "Every text has a twin in the other language").
///
/// Keyed by the original key (`title`); lists (`topics`, `goals`) keep their
/// items in order. Documents in the other language use the twin, else the
/// original.
public struct TextTwins: Hashable, Sendable {
  /// The language the twins are in: the one that is not the visit's.
  public var language: Language?
  public var texts: [String: Located<String>] = [:]
  public var lists: [String: [Located<String>]] = [:]

  public init() {}

  public var isEmpty: Bool { texts.isEmpty && lists.isEmpty }

  public subscript(key: String) -> Located<String>? {
    get { texts[key] }
    set { texts[key] = newValue }
  }

  /// The text in `language`: the twin when that is the twins' language,
  /// else the original.
  public func text(_ key: String, original: String?, in language: Language) -> String? {
    if language == self.language, let twin = texts[key] { return twin.value }
    return original
  }
}
