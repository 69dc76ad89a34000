public import VisitCore

/// The other side of a problem: the first definition of a duplicate id, the
/// other event of an overlap.
public struct RelatedNote: Hashable, Sendable {
  public var message: LocalizedText
  public var location: SourceLocation

  public init(_ message: LocalizedText, at location: SourceLocation) {
    self.message = message
    self.location = location
  }
}

/// One problem found in a visit file.
///
/// User mistakes are values, not thrown errors, so that one run reports all of
/// them.
public struct Diagnostic: Hashable, Sendable {
  public var rule: RuleID
  public var message: LocalizedText
  /// The value at fault.
  public var location: SourceLocation
  public var related: [RelatedNote]
  /// Ids of the events concerned.
  public var events: [Identifier]
  /// Ids of the people concerned.
  public var people: [Identifier]

  public init(
    _ rule: RuleID, _ message: LocalizedText, at location: SourceLocation?,
    related: [RelatedNote] = [], events: [Identifier] = [], people: [Identifier] = []
  ) {
    self.rule = rule
    self.message = message
    self.location = location ?? .startOfFile
    self.related = related
    self.events = events
    self.people = people
  }

  public var severity: Severity { rule.severity }
}

extension Diagnostic: Comparable {
  /// File position first, as compilers order their output; then the rest of
  /// the content, so that the order never depends on how rules ran.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    if lhs.message.english != rhs.message.english {
      return lhs.message.english < rhs.message.english
    }
    return lhs.related.map(\.location).lexicographicallyPrecedes(rhs.related.map(\.location))
  }
}
