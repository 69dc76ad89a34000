/// A settlement or an administrative unit: a region, a district, a village.
public struct Place: Hashable, Sendable {
  public var id: Located<Identifier>
  public var name: Located<String>?
  /// The name in Latin letters for English documents.
  public var englishName: Located<String>?
  public var kind: Located<PlaceKind>?
  /// The enclosing place; the chain must not loop.
  public var enclosingPlace: Located<Identifier>?
  public var geo: Located<GeoCoordinate>?
  public var forms: GrammaticalForms
  /// The texts in the visit's other language (`name-ru`, `title-en`, …).
  public var twins = TextTwins()

  public init(
    id: Located<Identifier>, name: Located<String>? = nil, englishName: Located<String>? = nil,
    kind: Located<PlaceKind>? = nil, enclosingPlace: Located<Identifier>? = nil,
    geo: Located<GeoCoordinate>? = nil, forms: GrammaticalForms = GrammaticalForms()
  ) {
    self.id = id
    self.name = name
    self.englishName = englishName
    self.kind = kind
    self.enclosingPlace = enclosingPlace
    self.geo = geo
    self.forms = forms
  }
}
