/// The stable slug of a check rule, as shown in brackets in the output and
/// written in `ignore:` lists. Slugs are never renamed.
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let slug: String
  /// The severity diagnostics of this rule carry.
  public let severity: Severity
  /// Rules about the file itself cannot be silenced with `ignore:`.
  public let isSilenceable: Bool

  private init(_ slug: String, _ severity: Severity, silenceable: Bool = true) {
    self.slug = slug
    self.severity = severity
    self.isSilenceable = silenceable
  }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.slug < rhs.slug }

  public var description: String { slug }

  /// The rule with this slug, if there is one.
  public init?(slug: String) {
    guard let rule = Self.all.first(where: { $0.slug == slug }) else { return nil }
    self = rule
  }

  // MARK: - The file itself (cannot be ignored)

  public static let yamlSyntax = RuleID("yaml-syntax", .error, silenceable: false)
  public static let formatVersion = RuleID("format-version", .error, silenceable: false)
  public static let unknownKey = RuleID("unknown-key", .error, silenceable: false)
  public static let missingField = RuleID("missing-field", .error, silenceable: false)
  public static let invalidValue = RuleID("invalid-value", .error, silenceable: false)
  public static let duplicateID = RuleID("duplicate-id", .error, silenceable: false)
  public static let unknownReference = RuleID("unknown-reference", .error, silenceable: false)
  public static let placeCycle = RuleID("place-cycle", .error, silenceable: false)

  // MARK: - Time and place

  public static let timeOrder = RuleID("time-order", .error)
  public static let outsideVisit = RuleID("outside-visit", .error)
  public static let duplicateDay = RuleID("duplicate-day", .error)
  public static let personOverlap = RuleID("person-overlap", .error)
  public static let siteOverlap = RuleID("site-overlap", .error)
  public static let travelTime = RuleID("travel-time", .error)
  public static let siteClosed = RuleID("site-closed", .error)
  public static let overCapacity = RuleID("over-capacity", .warning)
  public static let longDay = RuleID("long-day", .warning)
  public static let outsideDayWindow = RuleID("outside-day-window", .warning)
  public static let unscheduled = RuleID("unscheduled", .note)
  public static let noSite = RuleID("no-site", .note)
  public static let travelUnknown = RuleID("travel-unknown", .note)
  public static let beforeArrival = RuleID("before-arrival", .error)
  public static let afterDeparture = RuleID("after-departure", .error)
  public static let stayOverlap = RuleID("stay-overlap", .warning)
  public static let noStay = RuleID("no-stay", .note)
  public static let personBusy = RuleID("person-busy", .error)
  public static let window = RuleID("window", .error)
  public static let afterOrder = RuleID("after-order", .error)
  public static let afterCycle = RuleID("after-cycle", .error)
  public static let wrongDate = RuleID("wrong-date", .error)
  public static let noLunch = RuleID("no-lunch", .warning)

  // MARK: - People, agreements and gifts

  public static let signatoryAbsent = RuleID("signatory-absent", .error)
  public static let agreementParties = RuleID("agreement-parties", .error)
  public static let signatoryParty = RuleID("signatory-party", .warning)
  public static let agreementNoEvent = RuleID("agreement-no-event", .warning)
  public static let giftAbsent = RuleID("gift-absent", .warning)
  public static let headAbsent = RuleID("head-absent", .warning)
  public static let noParticipants = RuleID("no-participants", .warning)
  public static let duplicateEvent = RuleID("duplicate-event", .warning)
  public static let unused = RuleID("unused", .note)
  public static let genderUnknown = RuleID("gender-unknown", .note)
  public static let nameOrder = RuleID("name-order", .note)

  // MARK: - The planner's own (planner.md, "Why not"); not a check rule

  /// An event `visitplan plan` could not place; its notes say why.
  public static let unplaceable = RuleID("unplaceable", .error, silenceable: false)

  /// Every rule, in the order of the spec's tables.
  public static let all: [RuleID] = [
    .yamlSyntax, .formatVersion, .unknownKey, .missingField, .invalidValue, .duplicateID,
    .unknownReference, .placeCycle,
    .timeOrder, .outsideVisit, .duplicateDay, .personOverlap, .siteOverlap, .travelTime,
    .siteClosed, .overCapacity, .longDay, .outsideDayWindow, .unscheduled, .noSite,
    .travelUnknown, .beforeArrival, .afterDeparture, .stayOverlap, .noStay, .personBusy,
    .window, .afterOrder, .afterCycle, .wrongDate, .noLunch,
    .signatoryAbsent, .agreementParties, .signatoryParty, .agreementNoEvent, .giftAbsent,
    .headAbsent, .noParticipants, .duplicateEvent, .unused, .genderUnknown, .nameOrder,
  ]
}
