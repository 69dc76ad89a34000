import VisitCore
import VisitDiagnostics

/// The JSON Schema (draft 2020-12) of the visit format, generated from the
/// same key tables the loader checks against, for editors' YAML support.
///
/// Editors read YAML 1.2, where `10:00` and `2018-06-19` are strings and `40`
/// is a number; the schema types values accordingly. Text fields also accept
/// numbers and booleans, because the loader reads every scalar as text.
public enum JSONSchemaGenerator {
  public static func schema() -> String {
    var definitions: [(String, JSONValue)] = ObjectSpec.Name.allCases
      .filter { $0 != .root }
      .map { ($0.rawValue, object(FormatSchema.spec($0))) }
    definitions += sharedDefinitions
    guard case .object(let rootMembers) = object(FormatSchema.root) else { return "" }
    let header: [(String, JSONValue)] = [
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      ("$id", .string("urn:visitplan:format:1")),
      ("title", .string("visitplan visit file, format \(Visit.supportedFormat)")),
    ]
    return JSONValue.object(header + rootMembers + [("$defs", .object(definitions))]).rendered()
  }

  private static func object(_ spec: ObjectSpec) -> JSONValue {
    let properties = spec.fields.map { field -> (String, JSONValue) in
      guard case .object(var members) = schema(for: field.type) else {
        return (field.key, schema(for: field.type))
      }
      members.insert(("description", .string(field.summary)), at: 0)
      return (field.key, .object(members))
    }
    let twins = spec.twinKeys.map { twin -> (String, JSONValue) in
      let language = twin.key.hasSuffix("-en") ? "English" : "Russian"
      guard case .object(var members) = schema(for: twin.base.type) else {
        return (twin.key, schema(for: twin.base.type))
      }
      members.insert(
        ("description", .string("\(twin.base.key) in \(language), for documents in it.")), at: 0)
      return (twin.key, .object(members))
    }
    var members: [(String, JSONValue)] = [
      ("type", .string("object")),
      ("description", .string(spec.summary)),
      ("properties", .object(properties + twins)),
    ]
    let required = spec.fields.filter(\.isRequired).map { JSONValue.string($0.key) }
    if !required.isEmpty { members.append(("required", .array(required))) }
    members.append(("patternProperties", .object([("^x-", .object([]))])))
    members.append(("additionalProperties", .boolean(false)))
    return .object(members)
  }

  private static func reference(_ name: String) -> JSONValue {
    .object([("$ref", .string("#/$defs/\(name)"))])
  }

  private static func schema(for type: FieldType) -> JSONValue {
    switch type {
    case .text: return reference("text")
    case .formatVersion: return .object([("const", .string(Visit.supportedFormat))])
    case .timezone:
      return .object([
        ("type", .string("string")), ("pattern", .string("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$")),
      ])
    case .reference(let kinds) where kinds.contains(.event): return reference("event-ref")
    case .eventID, .reference, .participant: return reference("id")
    case .date: return reference("date")
    case .time: return reference("time")
    case .timeRange: return reference("time-range")
    case .eventTime: return reference("event-time")
    case .moment: return reference("moment")
    case .englishName:
      return .object([
        ("anyOf", .array([reference("text"), reference(ObjectSpec.Name.englishName.rawValue)]))
      ])
    case .duration: return reference("duration")
    case .travelDuration:
      return .object([
        (
          "anyOf",
          .array([
            .object([("type", .string("integer")), ("minimum", .integer(0))]),
            reference("duration"),
          ])
        )
      ])
    case .integer(let minimum):
      return .object([("type", .string("integer")), ("minimum", .integer(minimum))])
    case .number(let range):
      return .object([
        ("type", .string("number")), ("minimum", .number(range.lowerBound)),
        ("maximum", .number(range.upperBound)),
      ])
    case .boolean: return .object([("type", .string("boolean"))])
    case .choice(let values): return .object([("enum", .array(values.map(JSONValue.string)))])
    case .suggestedText(let values):
      return .object([
        (
          "anyOf",
          .array([.object([("enum", .array(values.map(JSONValue.string)))]), reference("text")])
        )
      ])
    case .list(let item):
      if case .object = item {
        return .object([("type", .string("array")), ("items", schema(for: item))])
      }
      // A single value stands for a list of one.
      return .object([
        (
          "anyOf",
          .array([
            .object([("type", .string("array")), ("items", schema(for: item))]), schema(for: item),
          ])
        )
      ])
    case .object(let name): return reference(name.rawValue)
    case .collection(let name):
      return .object([
        ("type", .string("object")),
        ("propertyNames", reference("id-text")),
        ("additionalProperties", reference(name.rawValue)),
      ])
    case .forms: return reference("forms")
    case .personName:
      return .object([
        ("anyOf", .array([reference("text"), reference(ObjectSpec.Name.personName.rawValue)]))
      ])
    case .geo: return reference("geo")
    case .openingHours: return reference("opening-hours")
    case .ruleSlug: return reference("rule")
    }
  }

  static let timePattern = "([01]?[0-9]|2[0-4])[:.][0-5][0-9]"
  /// `10:20`, `10.20`, `9:00 h`, `10.00 ч.`, `11 am`, `2.30 pm`.
  static let relaxedTime =
    "((\(timePattern))( ?(h|ч\\.?))?|(1[0-2]|0?[1-9])([:.][0-5][0-9])? ?([ap]m|[ap]\\.m\\.))"
  static let durationPattern = "^ *([0-9]+h *[0-9]+m|[0-9]+h|[0-9]+m) *$"

  private static var sharedDefinitions: [(String, JSONValue)] {
    let string: (String) -> JSONValue = { pattern in
      .object([("type", .string("string")), ("pattern", .string(pattern))])
    }
    let range = " *\(timePattern) *[-–—] *\(timePattern) *"
    let hoursText = "^ *(closed|выходной|закрыто|\(range)(,\(range))*) *$"
    let weekday = "(mon|tue|wed|thu|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс)"
    let weekdays = "^ *\(weekday)( *- *\(weekday))?( *, *\(weekday)( *- *\(weekday))?)* *$"
    let idPattern = "^[a-z0-9][a-z0-9-]{0,63}$"
    return [
      (
        "text",
        .object([
          ("description", .string("Text; numbers and booleans are read as their text.")),
          ("type", .array([.string("string"), .string("number"), .string("boolean")])),
        ])
      ),
      ("id-text", string(idPattern)),
      (
        "id",
        .object([
          ("description", .string("An id: lowercase Latin letters, digits, hyphens.")),
          (
            "anyOf",
            .array([
              string(idPattern), .object([("type", .string("integer")), ("minimum", .integer(0))]),
            ])
          ),
        ])
      ),
      (
        "event-ref",
        .object([
          ("description", .string("An event id, or the DATE#N id of an event without one.")),
          (
            "anyOf",
            .array([
              reference("id"),
              string("^([0-9]{4}-[0-9]{2}-[0-9]{2}|unscheduled|day-[0-9]+)#[0-9]+$"),
            ])
          ),
        ])
      ),
      ("date", string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
      ("time", string("^ *\(relaxedTime) *$")),
      (
        "event-time",
        .object([
          (
            "anyOf",
            .array([
              string("^ *\(relaxedTime) *([-–—] *\(relaxedTime) *)?$"),
              .object([("enum", .array(OpenTime.allDayWords.map(JSONValue.string)))]),
            ])
          )
        ])
      ),
      ("moment", string("^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T]\(relaxedTime))?$")),
      ("time-range", string("^\(range)$")),
      ("duration", string(durationPattern)),
      (
        "forms",
        .object([
          ("type", .string("object")),
          (
            "properties",
            .object(GrammaticalCase.allCases.map { ($0.rawValue, reference("text")) })
          ),
          ("additionalProperties", .boolean(false)),
        ])
      ),
      (
        "geo",
        .object([
          ("type", .string("array")),
          (
            "prefixItems",
            .array([
              .object([
                ("type", .string("number")), ("minimum", .integer(-90)), ("maximum", .integer(90)),
              ]),
              .object([
                ("type", .string("number")), ("minimum", .integer(-180)),
                ("maximum", .integer(180)),
              ]),
            ])
          ),
          ("minItems", .integer(2)),
          ("maxItems", .integer(2)),
        ])
      ),
      ("opening-hours-text", string(hoursText)),
      (
        "opening-hours",
        .object([
          (
            "anyOf",
            .array([
              reference("opening-hours-text"),
              .object([
                ("type", .string("object")),
                ("propertyNames", string(weekdays)),
                ("additionalProperties", reference("opening-hours-text")),
              ]),
            ])
          )
        ])
      ),
      (
        "rule",
        .object([
          ("enum", .array(RuleID.all.filter(\.isSilenceable).map { .string($0.slug) }))
        ])
      ),
    ]
  }
}
