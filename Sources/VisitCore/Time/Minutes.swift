/// A length of time in whole minutes: an event's duration, a travel time, a limit.
public struct Minutes: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let count: Int

  public init(_ count: Int) {
    self.count = count
  }

  /// Parses `90m`, `1h`, `1h30m` (spaces allowed between the parts).
  public init?(parsing text: String) {
    var rest = Substring(text.trimmingSpaces.lowercased())
    var total = 0
    var sawPart = false
    for unit in ["h", "m"] {
      rest = rest.drop(while: { $0 == " " })
      let digits = rest.prefix(while: \.isASCIIDigit)
      guard !digits.isEmpty else { continue }
      let afterDigits = rest.dropFirst(digits.count)
      guard afterDigits.hasPrefix(unit), digits.count <= 6, let number = Int(digits) else {
        continue
      }
      total += unit == "h" ? number * 60 : number
      rest = afterDigits.dropFirst()
      sawPart = true
    }
    guard sawPart, rest.allSatisfy({ $0 == " " }) else { return nil }
    self.count = total
  }

  public static func < (lhs: Minutes, rhs: Minutes) -> Bool {
    lhs.count < rhs.count
  }

  /// `90m` → `1h30m`, `45m`, `2h`: the shortest way the format writes it.
  public var description: String {
    switch (count / 60, count % 60) {
    case (0, let minutes): "\(minutes)m"
    case (let hours, 0): "\(hours)h"
    case (let hours, let minutes): "\(hours)h\(minutes)m"
    }
  }
}
