/// An administration, an association, a school: a party to agreements, a
/// host, sometimes a participant as a body (a kindergarten's pupils).
public struct Organization: Hashable, Sendable {
  public var id: Located<Identifier>
  public var name: Located<String>?
  public var englishName: Located<String>?
  /// The abbreviation, e.g. "ОВПИ".
  public var shortName: Located<String>?
  public var place: Located<Identifier>?
  public var head: Located<Identifier>?
  /// Free text: "administration", "veterans' organization", "school".
  public var kind: Located<String>?
  public var forms: GrammaticalForms
  /// The texts in the visit's other language (`name-ru`, `title-en`, …).
  public var twins = TextTwins()

  public init(
    id: Located<Identifier>, name: Located<String>? = nil, englishName: Located<String>? = nil,
    shortName: Located<String>? = nil, place: Located<Identifier>? = nil,
    head: Located<Identifier>? = nil, kind: Located<String>? = nil,
    forms: GrammaticalForms = GrammaticalForms()
  ) {
    self.id = id
    self.name = name
    self.englishName = englishName
    self.shortName = shortName
    self.place = place
    self.head = head
    self.kind = kind
    self.forms = forms
  }
}
