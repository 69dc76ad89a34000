/// Which side of the visit a person is on. `delegation` and `hosts` in
/// participant lists expand by this.
public enum Side: String, Hashable, Sendable, CaseIterable {
  case delegation
  case host
  case guest
}
