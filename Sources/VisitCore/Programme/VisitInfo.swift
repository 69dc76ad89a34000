/// Who travels: the delegation's name, where it comes from, who heads it.
public struct Delegation: Hashable, Sendable {
  public var name: Located<String>?
  /// A place or organization id.
  public var from: Located<Identifier>?
  /// A person id.
  public var head: Located<Identifier>?
  /// The id of one of several delegations (`visit.delegations`); nil for
  /// the one `delegation`.
  public var id: Located<Identifier>?
  public var location: SourceLocation?
  /// The texts in the visit's other language.
  public var twins = TextTwins()

  public init(
    name: Located<String>? = nil, from: Located<Identifier>? = nil,
    head: Located<Identifier>? = nil
  ) {
    self.name = name
    self.from = from
    self.head = head
  }
}

/// The `visit` section: what the visit is and who receives it.
public struct VisitInfo: Hashable, Sendable {
  public var title: Located<String>?
  public var purpose: Located<String>?
  public var language: Located<Language>?
  /// An IANA time zone name; wall-clock times in the file are in this zone.
  public var timezone: Located<String>?
  public var start: Located<CalendarDate>?
  public var end: Located<CalendarDate>?
  public var delegation: Delegation?
  /// The organization that receives the delegation.
  public var host: Located<Identifier>?
  /// The organization that invited it, where not the host.
  public var inviter: Located<Identifier>?
  /// Who writes the reports; printed in report footers.
  public var author: Located<String>?
  public var location: SourceLocation?
  /// Several delegations at once (`delegations`), each a group word.
  public var delegations: [Delegation] = []
  /// The official whose working trip this is, when there is no delegation.
  public var principal: Located<Identifier>?
  public var status: Located<ProgrammeStatus>?
  /// The texts in the visit's other language (`title-en`, `purpose-en`, …).
  public var twins = TextTwins()

  public init(
    title: Located<String>? = nil, purpose: Located<String>? = nil,
    language: Located<Language>? = nil, timezone: Located<String>? = nil,
    start: Located<CalendarDate>? = nil, end: Located<CalendarDate>? = nil,
    delegation: Delegation? = nil, host: Located<Identifier>? = nil,
    inviter: Located<Identifier>? = nil, author: Located<String>? = nil,
    location: SourceLocation? = nil
  ) {
    self.title = title
    self.purpose = purpose
    self.language = language
    self.timezone = timezone
    self.start = start
    self.end = end
    self.delegation = delegation
    self.host = host
    self.inviter = inviter
    self.author = author
    self.location = location
  }

  /// Every delegation: the one `delegation`, then `delegations`.
  public var allDelegations: [Delegation] {
    (delegation.map { [$0] } ?? []) + delegations
  }

  /// The language written, else Russian, the format's default.
  public var effectiveLanguage: Language { language?.value ?? .russian }
}

/// How final the programme is; documents' titles say "Предварительная
/// программа" for a preliminary one.
public enum ProgrammeStatus: String, Hashable, Sendable, CaseIterable {
  case draft
  case preliminary
  case final
}
