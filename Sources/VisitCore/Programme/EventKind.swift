/// What kind of programme item an event is; it drives wording in reports and
/// defaults in checks.
public enum EventKind: String, Hashable, Sendable, CaseIterable {
  case meeting
  case visit
  case signing
  case ceremony
  case memorial
  case meal
  case travel
  case press
  case other
}
