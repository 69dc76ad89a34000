/// A point on the Earth in decimal degrees, as written in `geo: [lat, lon]`.
public struct GeoCoordinate: Hashable, Sendable {
  public let latitude: Double
  public let longitude: Double

  /// Nil when out of range: latitude −90…90, longitude −180…180.
  public init?(latitude: Double, longitude: Double) {
    guard latitude.isFinite, longitude.isFinite, (-90...90).contains(latitude),
      (-180...180).contains(longitude)
    else { return nil }
    self.latitude = latitude
    self.longitude = longitude
  }
}
