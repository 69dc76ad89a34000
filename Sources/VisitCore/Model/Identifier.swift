/// The id of a person, organization, place, site, event or agreement.
///
/// Ids share one namespace across the whole file, so a reference is never
/// ambiguous. A valid id is an ASCII slug `[a-z0-9][a-z0-9-]*` of at most 64
/// characters; the loader still keeps an invalid one (after reporting it) so
/// that references to it do not produce a second, confusing diagnostic.
public struct Identifier: Hashable, Sendable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public var rawValue: String

  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  public static let maximumLength = 64

  /// Whether the id follows the slug rule of the format.
  public var isValid: Bool {
    let bytes = Array(rawValue.utf8)
    guard let first = bytes.first, bytes.count <= Self.maximumLength else { return false }
    func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
    return isLowerAlphanumeric(first)
      && bytes.dropFirst().allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
  }

  public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  public var description: String { rawValue }
}
