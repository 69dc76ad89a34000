/// A venue where events happen: a museum, a hall, a street.
public struct Site: Hashable, Sendable {
  public var id: Located<Identifier>
  public var name: Located<String>?
  public var englishName: Located<String>?
  /// The place the site is in; required by the format.
  public var place: Located<Identifier>?
  public var address: Located<String>?
  /// The site's own coordinates; the place's are used when absent.
  public var geo: Located<GeoCoordinate>?
  /// Absent means always open.
  public var hours: Located<OpeningHours>?
  /// Dates closed regardless of `hours`.
  public var closedDates: [Located<CalendarDate>]
  /// People at once.
  public var capacity: Located<Int>?
  /// Several events may run here at once (a street, a park).
  public var isShared: Located<Bool>?
  public var forms: GrammaticalForms
  /// The building this site is a room of (`in:`): the room inherits its
  /// place, address, coordinates and hours, and moving between rooms of one
  /// building takes `settings.room-transfer`.
  public var building: Located<Identifier>?
  /// Whether `place` was taken from the building rather than written.
  public var isPlaceInherited = false
  /// The texts in the visit's other language.
  public var twins = TextTwins()

  public init(
    id: Located<Identifier>, name: Located<String>? = nil, englishName: Located<String>? = nil,
    place: Located<Identifier>? = nil, address: Located<String>? = nil,
    geo: Located<GeoCoordinate>? = nil, hours: Located<OpeningHours>? = nil,
    closedDates: [Located<CalendarDate>] = [], capacity: Located<Int>? = nil,
    isShared: Located<Bool>? = nil, forms: GrammaticalForms = GrammaticalForms()
  ) {
    self.id = id
    self.name = name
    self.englishName = englishName
    self.place = place
    self.address = address
    self.geo = geo
    self.hours = hours
    self.closedDates = closedDates
    self.capacity = capacity
    self.isShared = isShared
    self.forms = forms
  }
}

extension Site {
  /// Where the site is on the map: its own `geo`, else its place's
  /// (format.md). A room has its building's `geo` by then: the loader
  /// gives it.
  public func coordinates(in places: [Identifier: Place]) -> GeoCoordinate? {
    geo?.value ?? place.flatMap { places[$0.value]?.geo?.value }
  }
}
