/// What kind of document an agreement is.
public enum AgreementKind: String, Hashable, Sendable, CaseIterable {
  case cooperation
  case twinning
  case memorandum
  case other
}

/// An agreement signed during the visit.
public struct Agreement: Hashable, Sendable {
  public var id: Located<Identifier>
  public var title: Located<String>?
  public var kind: Located<AgreementKind>?
  /// Organization ids; at least two.
  public var parties: [Located<Identifier>]
  /// Person ids.
  public var signatories: [Located<Identifier>]
  /// The event where it was signed.
  public var event: Located<Identifier>?
  public var goals: [Located<String>]
  /// The texts in the visit's other language (`name-ru`, `title-en`, …).
  public var twins = TextTwins()

  public init(
    id: Located<Identifier>, title: Located<String>? = nil, kind: Located<AgreementKind>? = nil,
    parties: [Located<Identifier>] = [], signatories: [Located<Identifier>] = [],
    event: Located<Identifier>? = nil, goals: [Located<String>] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.parties = parties
    self.signatories = signatories
    self.event = event
    self.goals = goals
  }
}
