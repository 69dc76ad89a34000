/// Typed readings of the columns that mark "none" with a sentinel value
/// (`noDay`, -1 minutes, `noSite`, `unknownSite`). The columns stay flat
/// integers for the sweeps' speed; rules ask these instead of comparing
/// against the sentinels, so a rule cannot mistake one for a real value.
extension CheckContext {
  /// What an event's `site:` names.
  public enum SiteReference: Sendable, Equatable {
    /// No `site:` is written.
    case none
    /// `site:` names no defined site.
    case unknown
    /// An index into `siteIDs` and `sites`.
    case known(Int)
  }

  /// The event's date as days since 1970-01-01, or nil when it has none.
  @inline(__always)
  public func day(of event: Int) -> Int32? {
    let day = eventDay[event]
    return day == Self.noDay ? nil : day
  }

  /// The event's start and end in minutes since midnight, or nil when it has
  /// no time, or a time of unknown length (a start-only leg, all day). A
  /// start-only event ends as it starts.
  @inline(__always)
  public func minutes(of event: Int) -> (start: Int16, end: Int16)? {
    let start = eventStart[event]
    return start < 0 ? nil : (start, eventEnd[event])
  }

  /// The event's date and time, when it has both.
  @inline(__always)
  public func scheduled(_ event: Int) -> (day: Int32, start: Int16, end: Int16)? {
    guard let day = day(of: event), let time = minutes(of: event) else { return nil }
    return (day, time.start, time.end)
  }

  /// What the event's `site:` names.
  @inline(__always)
  public func site(of event: Int) -> SiteReference {
    let site = eventSite[event]
    switch site {
    case Self.noSite: return .none
    case Self.unknownSite: return .unknown
    default: return .known(Int(site))
    }
  }

  /// The index of the event's site when `site:` names a defined one.
  @inline(__always)
  public func knownSite(of event: Int) -> Int? {
    let site = eventSite[event]
    return site >= 0 ? Int(site) : nil
  }
}
