/// A value together with where it was written.
///
/// Every value a user writes carries its position, so a check can point at the
/// exact place in the file. Values made by the tool itself (a default, a
/// planner's choice) have no location.
public struct Located<Value> {
  public var value: Value
  public var location: SourceLocation?

  public init(_ value: Value, at location: SourceLocation?) {
    self.value = value
    self.location = location
  }

  /// The same location with a transformed value.
  public func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
    Located<T>(try transform(value), at: location)
  }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
