/// Someone who takes part in the visit.
public struct Person: Hashable, Sendable {
  public var id: Located<Identifier>
  /// Absent when the account names only a position ("a representative of the
  /// council of veterans"); then `position` is required.
  public var name: Located<PersonName>?
  /// The name in Latin letters for English documents ("Sergei Zhevlakov").
  public var englishName: Located<String>?
  public var gender: Located<Gender>?
  public var position: Located<String>?
  public var positionForms: GrammaticalForms
  public var organization: Located<Identifier>?
  public var side: Located<Side>?
  public var forms: GrammaticalForms
  /// The delegation the person belongs to, when `side:` names one of
  /// `visit.delegations` (then `side` is `delegation`).
  public var delegation: Located<Identifier>?
  /// The English name in parts, when written as a mapping
  /// (`{honorific: Sir, first: Michael, last: Hardie Boys}`).
  public var englishNameParts: EnglishName?
  /// When the person's visit begins and ends, where no arrival or departure
  /// leg says it.
  public var arrives: Located<VisitMoment>?
  public var leaves: Located<VisitMoment>?
  /// When the person cannot take part (`busy`): whole dates or ranges.
  public var busy: [Located<BusyPeriod>] = []
  /// The texts in the visit's other language (`position-en`, …).
  public var twins = TextTwins()

  public init(
    id: Located<Identifier>, name: Located<PersonName>? = nil,
    englishName: Located<String>? = nil, gender: Located<Gender>? = nil,
    position: Located<String>? = nil, positionForms: GrammaticalForms = GrammaticalForms(),
    organization: Located<Identifier>? = nil, side: Located<Side>? = nil,
    forms: GrammaticalForms = GrammaticalForms()
  ) {
    self.id = id
    self.name = name
    self.englishName = englishName
    self.gender = gender
    self.position = position
    self.positionForms = positionForms
    self.organization = organization
    self.side = side
    self.forms = forms
  }

  /// The gender given, else the one the name implies; nil when neither says.
  public var effectiveGender: Gender? {
    gender?.value ?? name.flatMap { GenderInference.gender(of: $0.value) }
  }

  /// How lists and messages show the person: the name, else the position.
  public var displayName: String {
    name?.value.listForm ?? position?.value ?? id.value.rawValue
  }
}

/// A time a person is busy: a whole date, or a range on a date.
public struct BusyPeriod: Hashable, Sendable, CustomStringConvertible {
  public var date: CalendarDate
  /// Nil: the whole day.
  public var range: TimeRange?

  public init(date: CalendarDate, range: TimeRange? = nil) {
    self.date = date
    self.range = range
  }

  /// `2018-06-19` or `2018-06-19 12:00-14:00`.
  public init?(parsing text: String) {
    let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = parts.first, let date = CalendarDate(parsing: first) else { return nil }
    self.date = date
    if parts.count == 2 {
      guard let range = TimeRange(parsing: String(parts[1].trimmingSpaces)),
        range.start < range.end
      else { return nil }
      self.range = range
    } else {
      self.range = nil
    }
  }

  public var description: String { range.map { "\(date) \($0)" } ?? date.description }
}
