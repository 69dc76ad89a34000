import Foundation
import VisitCore
import VisitDiagnostics

/// Parses scalar values by the type their key requires, from their source
/// text. A value that does not parse is reported as `invalid-value` at its
/// position and read as absent, so that loading goes on.
struct ValueReader {
  let sink: DiagnosticSink

  // MARK: - Shapes

  /// The scalar, or nil (reported) for a list or mapping; nil for nothing.
  func scalar(_ node: YAMLNode, key: String) -> YAMLScalar? {
    switch node {
    case .scalar(let scalar): return scalar.isNull ? nil : scalar
    case .mapping, .sequence:
      sink.report(LoaderMessages.expected(.text, for: key, at: node.location))
      return nil
    }
  }

  /// The mapping, or nil (reported) for anything else.
  func mapping(_ node: YAMLNode, key: String) -> YAMLMapping? {
    switch node {
    case .mapping(let mapping): return mapping
    case .scalar(let scalar) where scalar.isNull:
      return YAMLMapping(emptyAt: scalar.location)
    default:
      sink.report(LoaderMessages.expected(.mapping, for: key, at: node.location))
      return nil
    }
  }

  /// The items of a list; a single value stands for a list of one.
  func items(_ node: YAMLNode, key: String) -> [YAMLNode] {
    switch node {
    case .sequence(let sequence): return sequence.items.filter { !$0.isNull }
    case .scalar(let scalar): return scalar.isNull ? [] : [node]
    case .mapping:
      sink.report(LoaderMessages.expected(.list, for: key, at: node.location))
      return []
    }
  }

  /// The mappings of a list of mappings; other items are reported.
  func mappings(_ node: YAMLNode, key: String) -> [YAMLMapping] {
    let list: [YAMLNode]
    switch node {
    case .sequence(let sequence): list = sequence.items
    case .mapping(let mapping): return [mapping]
    case .scalar(let scalar):
      if !scalar.isNull {
        sink.report(LoaderMessages.expected(.listOfMappings, for: key, at: node.location))
      }
      return []
    }
    return list.compactMap { item in
      if case .mapping(let mapping) = item { return mapping }
      if !item.isNull {
        sink.report(LoaderMessages.expected(.listOfMappings, for: key, at: item.location))
      }
      return nil
    }
  }

  // MARK: - Scalars by type

  func text(_ node: YAMLNode?, key: String) -> Located<String>? {
    guard let node, let scalar = scalar(node, key: key) else { return nil }
    let trimmed = scalar.text.trimmed
    guard !trimmed.isEmpty else { return nil }
    return Located(trimmed, at: scalar.location)
  }

  func texts(_ node: YAMLNode?, key: String) -> [Located<String>] {
    guard let node else { return [] }
    return items(node, key: key).compactMap { text($0, key: key) }
  }

  /// An id written where it is defined: its syntax is checked.
  func definedIdentifier(_ scalar: YAMLScalar) -> Located<Identifier> {
    let id = Identifier(scalar.text)
    if !id.isValid {
      sink.report(LoaderMessages.invalidIdentifier(scalar.text, at: scalar.location))
    } else if Participant.groupWords.contains(scalar.text) {
      sink.report(LoaderMessages.groupWordAsID(scalar.text, at: scalar.location))
    }
    return Located(id, at: scalar.location)
  }

  /// An id written where it is used: whether it names something is the
  /// `unknown-reference` check's question, so its syntax is not judged here.
  func reference(_ node: YAMLNode?, key: String) -> Located<Identifier>? {
    text(node, key: key).map { $0.map { Identifier($0) } }
  }

  func references(_ node: YAMLNode?, key: String) -> [Located<Identifier>] {
    texts(node, key: key).map { $0.map { Identifier($0) } }
  }

  func date(_ node: YAMLNode?, key: String) -> Located<CalendarDate>? {
    parsed(node, key: key, CalendarDate.init(parsing:), LoaderMessages.invalidDate)
  }

  func dates(_ node: YAMLNode?, key: String) -> [Located<CalendarDate>] {
    guard let node else { return [] }
    return items(node, key: key).compactMap { date($0, key: key) }
  }

  func time(_ node: YAMLNode?, key: String, allowsEndOfDay: Bool = false)
    -> Located<WallClockTime>?
  {
    parsed(
      node, key: key, { WallClockTime(parsing: $0, allowsEndOfDay: allowsEndOfDay) },
      LoaderMessages.invalidTime)
  }

  /// A time as programmes write it (`WallClockTime(relaxed:)`).
  func relaxedTime(_ node: YAMLNode?, key: String, allowsEndOfDay: Bool = false)
    -> Located<WallClockTime>?
  {
    parsed(
      node, key: key, { WallClockTime(relaxed: $0, allowsEndOfDay: allowsEndOfDay) },
      LoaderMessages.invalidTime)
  }

  /// An event's `time`: a range, a start, or the whole day.
  func eventTime(_ node: YAMLNode?, key: String) -> Located<EventTimeText>? {
    parsed(node, key: key, EventTimeText.init(parsing:), LoaderMessages.invalidEventTime)
  }

  func timeRange(_ node: YAMLNode?, key: String) -> Located<TimeRange>? {
    parsed(node, key: key, TimeRange.init(parsing:), LoaderMessages.invalidTimeRange)
  }

  /// A positive duration.
  func duration(_ node: YAMLNode?, key: String) -> Located<Minutes>? {
    guard let value = parsed(node, key: key, Minutes.init(parsing:), LoaderMessages.invalidDuration)
    else { return nil }
    guard value.value.count > 0 else {
      sink.report(
        LoaderMessages.nonPositiveDuration(
          value.value.description, at: value.location ?? .startOfFile))
      return nil
    }
    return value
  }

  /// Whole minutes (`100`) or a duration (`1h40m`); zero is allowed (two
  /// names for one spot).
  func travelDuration(_ node: YAMLNode?, key: String) -> Located<Minutes>? {
    parsed(
      node, key: key,
      { text in
        if let minutes = Int(text.trimmed), minutes >= 0 {
          return Minutes(minutes)
        }
        return Minutes(parsing: text)
      }, LoaderMessages.invalidDuration)
  }

  func integer(_ node: YAMLNode?, key: String, minimum: Int) -> Located<Int>? {
    guard let node, let scalar = scalar(node, key: key) else { return nil }
    let text = scalar.text.trimmed
    guard let number = Int(text), number >= minimum else {
      sink.report(LoaderMessages.invalidInteger(text, minimum: minimum, at: scalar.location))
      return nil
    }
    return Located(number, at: scalar.location)
  }

  func number(_ node: YAMLNode?, key: String, in range: ClosedRange<Double>) -> Located<Double>? {
    guard let node, let scalar = scalar(node, key: key) else { return nil }
    let text = scalar.text.trimmed
    guard let number = Self.decimal(text), range.contains(number) else {
      sink.report(
        LoaderMessages.invalidNumber(
          text, from: Self.format(range.lowerBound), to: Self.format(range.upperBound),
          at: scalar.location))
      return nil
    }
    return Located(number, at: scalar.location)
  }

  /// `true`/`false`, also `yes`/`no` (YAML 1.1 habits), in any letter case.
  func boolean(_ node: YAMLNode?, key: String) -> Located<Bool>? {
    parsed(
      node, key: key,
      { text in
        switch text.lowercased() {
        case "true", "yes": true
        case "false", "no": false
        default: nil
        }
      }, LoaderMessages.invalidBoolean)
  }

  func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode?, key: String) -> Located<T>?
  where T.RawValue == String {
    guard let node, let scalar = scalar(node, key: key) else { return nil }
    let text = scalar.text.trimmed
    guard let value = T(rawValue: text) else {
      sink.report(
        LoaderMessages.invalidChoice(
          text, key: key, allowed: T.allCases.map(\.rawValue), at: scalar.location))
      return nil
    }
    return Located(value, at: scalar.location)
  }

  func timezone(_ node: YAMLNode?, key: String) -> Located<String>? {
    guard let value = text(node, key: key) else { return nil }
    guard Self.knownTimeZones.contains(value.value) else {
      let candidate = Self.timeZoneIndex.closest(to: value.value)
      sink.report(
        LoaderMessages.invalidTimezone(
          value.value, suggestion: candidate, at: value.location ?? .startOfFile))
      return nil
    }
    return value
  }

  func geo(_ node: YAMLNode?, key: String) -> Located<GeoCoordinate>? {
    guard let node else { return nil }
    guard case .sequence(let sequence) = node, sequence.items.count == 2,
      case .scalar(let latitude) = sequence.items[0],
      case .scalar(let longitude) = sequence.items[1],
      let lat = Self.decimal(latitude.text), let lon = Self.decimal(longitude.text),
      let coordinate = GeoCoordinate(latitude: lat, longitude: lon)
    else {
      sink.report(LoaderMessages.invalidGeo(at: node.location))
      return nil
    }
    return Located(coordinate, at: node.location)
  }

  /// The six cases → text.
  func forms(_ node: YAMLNode?, key: String) -> GrammaticalForms {
    guard let node, let mapping = mapping(node, key: key) else { return GrammaticalForms() }
    var forms = GrammaticalForms()
    let allowed = GrammaticalCase.allCases.map(\.rawValue)
    for entry in mapping.entries {
      guard case .scalar(let caseKey) = entry.key else {
        sink.report(LoaderMessages.keyNotText(at: entry.key.location))
        continue
      }
      guard let grammaticalCase = GrammaticalCase(rawValue: caseKey.text) else {
        sink.report(
          LoaderMessages.invalidChoice(
            caseKey.text, key: key, allowed: allowed, at: caseKey.location))
        continue
      }
      if let value = text(entry.value, key: caseKey.text) {
        forms[grammaticalCase] = value.value
      }
    }
    return forms
  }

  /// Rule slugs for `ignore`: each must exist and be one that may be silenced.
  func ruleSlugs(_ node: YAMLNode?, key: String) -> [Located<String>] {
    texts(node, key: key).filter { slug in
      guard let rule = RuleID(slug: slug.value) else {
        sink.report(LoaderMessages.unknownRule(slug.value, at: slug.location ?? .startOfFile))
        return false
      }
      guard rule.isSilenceable else {
        sink.report(
          LoaderMessages.ruleNotSilenceable(slug.value, at: slug.location ?? .startOfFile))
        return false
      }
      return true
    }
  }

  // MARK: - Helpers

  private func parsed<T>(
    _ node: YAMLNode?, key: String, _ parse: (String) -> T?,
    _ failure: (String, SourceLocation) -> Diagnostic
  ) -> Located<T>? {
    guard let node, let scalar = scalar(node, key: key) else { return nil }
    let text = scalar.text.trimmed
    guard let value = parse(text) else {
      sink.report(failure(text, scalar.location))
      return nil
    }
    return Located(value, at: scalar.location)
  }

  /// A decimal number with a dot, as YAML writes it; never locale-dependent.
  static func decimal(_ text: String) -> Double? {
    let trimmed = text.trimmed
    guard !trimmed.isEmpty,
      trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
      let value = Double(trimmed), value.isFinite
    else { return nil }
    return value
  }

  /// A bound as people write it: 1000, not 1000.0.
  private static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  static let sortedTimeZones = TimeZone.knownTimeZoneIdentifiers.sorted()
  static let timeZoneIndex = SpellingIndex(sortedTimeZones)
  static let knownTimeZones = Set(TimeZone.knownTimeZoneIdentifiers).union(["UTC"])
}

extension String {
  /// The text without leading and trailing white space (Unicode's definition).
  /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux and
  /// was a sixth of the load time of a forum-sized file.
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.first, let last = scalars.last,
      first.isWhiteSpace || last.isWhiteSpace
    else { return self }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].isWhiteSpace {
      start = scalars.index(after: start)
    }
    while end > start, scalars[scalars.index(before: end)].isWhiteSpace {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
  }
}

extension Unicode.Scalar {
  /// Unicode's White_Space property, from its short fixed list: asking
  /// `properties.isWhitespace` looks the scalar up in the property tables,
  /// and every scalar value of a forum-sized file is trimmed.
  var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }
}
