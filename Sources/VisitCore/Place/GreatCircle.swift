import Foundation

extension GeoCoordinate {
  /// The mean Earth radius (IUGG), in kilometres.
  public static let earthRadiusKm = 6371.0088

  /// The great-circle distance to `other` in kilometres (haversine formula,
  /// accurate to about 0.5 % on the Earth's ellipsoid — far below the
  /// uncertainty of a road factor).
  public func distanceKm(to other: GeoCoordinate) -> Double {
    let radians = Double.pi / 180
    let lat1 = latitude * radians
    let lat2 = other.latitude * radians
    let dLat = (other.latitude - latitude) * radians
    let dLon = (other.longitude - longitude) * radians
    let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * Self.earthRadiusKm * asin(min(1, sqrt(a)))
  }
}
