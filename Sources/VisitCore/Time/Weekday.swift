/// A day of the week, Monday first as in Russian calendars.
public enum Weekday: String, Hashable, Sendable, CaseIterable, Comparable {
  case monday = "mon"
  case tuesday = "tue"
  case wednesday = "wed"
  case thursday = "thu"
  case friday = "fri"
  case saturday = "sat"
  case sunday = "sun"

  /// 0 for Monday … 6 for Sunday.
  public var index: Int {
    Weekday.allCases.firstIndex(of: self) ?? 0
  }

  /// The Russian two-letter abbreviation officials write in opening hours.
  public var russianAbbreviation: String {
    switch self {
    case .monday: "пн"
    case .tuesday: "вт"
    case .wednesday: "ср"
    case .thursday: "чт"
    case .friday: "пт"
    case .saturday: "сб"
    case .sunday: "вс"
    }
  }

  /// Reads `mon` or `пн` (any letter case).
  public init?(abbreviation: String) {
    let lowered = abbreviation.lowercased()
    guard
      let match = Weekday.allCases.first(where: {
        $0.rawValue == lowered || $0.russianAbbreviation == lowered
      })
    else { return nil }
    self = match
  }

  public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
    lhs.index < rhs.index
  }
}
