/// A known travel time between two sites or places.
public struct TravelEntry: Hashable, Sendable {
  public var from: Located<Identifier>
  public var to: Located<Identifier>
  public var duration: Located<Minutes>
  /// Only from `from` to `to`; otherwise the entry works both ways.
  public var isOneWay: Bool
  public var location: SourceLocation?

  public init(
    from: Located<Identifier>, to: Located<Identifier>, duration: Located<Minutes>,
    isOneWay: Bool = false, location: SourceLocation? = nil
  ) {
    self.from = from
    self.to = to
    self.duration = duration
    self.isOneWay = isOneWay
    self.location = location
  }
}
