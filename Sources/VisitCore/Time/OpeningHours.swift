/// When a site is open: the same hours every day, or hours per weekday.
///
/// A day may have several ranges (a museum closed for lunch) or none (closed).
/// In the per-weekday form a weekday that is not mentioned is closed, as in a
/// printed table of opening hours.
public enum OpeningHours: Hashable, Sendable {
  case everyDay([TimeRange])
  case weekly([Weekday: [TimeRange]])

  /// The ranges on a weekday; empty when closed.
  public func ranges(on weekday: Weekday) -> [TimeRange] {
    switch self {
    case .everyDay(let ranges): ranges
    case .weekly(let table): table[weekday] ?? []
    }
  }

  /// Whether the whole of `range` falls inside one opening range on `weekday`.
  public func isOpen(throughout range: TimeRange, on weekday: Weekday) -> Bool {
    ranges(on: weekday).contains { $0.contains(range) }
  }
}
