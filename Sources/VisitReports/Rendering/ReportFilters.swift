import VisitCore
import VisitLanguage

/// A filter templates can use, with what the checker needs to know of it.
struct ReportFilter: Sendable {
  enum Result: Sendable {
    /// The filter keeps the kind of value (a case filter on a person).
    case sameAsInput
    case text
    case list
  }

  let name: String
  let result: Result
  /// Literal arguments it accepts, when it accepts only some.
  let allowedArguments: [String]?
  let apply: @Sendable (_ value: Any?, _ arguments: [Any?], _ language: Language) throws -> Any?
}

/// A filter given something it cannot work on; the renderer adds where.
struct FilterError: Error, CustomStringConvertible {
  let description: String
}

/// The filters of the report templates: the six cases, dates, lists,
/// initials, wrapping, numbering, agreement and prepositions.
enum ReportFilters {
  static let all: [ReportFilter] =
    caseFilters + [
      // A person's name as "С. Жевлаков"; anything else (a group, an
      // organization among participants) is left as it is.
      ReportFilter(name: "initials", result: .sameAsInput, allowedArguments: nil) { value, _, _ in
        try map(value, filter: "initials") { ($0 as? PersonValue)?.restyled(.initials) ?? $0 }
      },
      // "глава города Липецка Сергей Иванов": the position before the name.
      ReportFilter(name: "titled", result: .sameAsInput, allowedArguments: nil) { value, _, _ in
        try map(value, filter: "titled") { ($0 as? PersonValue)?.restyled(.titled) ?? $0 }
      },
      ReportFilter(name: "date", result: .text, allowedArguments: DateValue.styles) {
        value, arguments, _ in
        let style = (arguments.first as? String) ?? "long"
        if let range = value as? DateRangeValue { return range.description }
        guard let date = value as? DateValue else {
          if value == nil { return nil }
          throw FilterError(description: "date works on dates, not on \(describe(value))")
        }
        guard let text = date.formatted(style) else {
          throw FilterError(
            description:
              "unknown date style \"\(style)\"; use one of \(DateValue.styles.joined(separator: ", "))"
          )
        }
        return text
      },
      // An event's time range, or what the programme says when it has none.
      ReportFilter(name: "time", result: .text, allowedArguments: nil) { value, _, language in
        guard let event = value as? EventValue else {
          if value == nil || value is String { return value }
          throw FilterError(description: "time works on events, not on \(describe(value))")
        }
        if let time = TimeFormat.event(event.event, language) { return time }
        return DocumentWords.timeToBeConfirmed.text(in: language)
      },
      ReportFilter(name: "list", result: .text, allowedArguments: nil) { value, _, language in
        guard let items = value as? [Any] else { return value.map(stringify) }
        return ListFormat.join(items.map(stringify), language)
      },
      ReportFilter(name: "numbered", result: .text, allowedArguments: nil) { value, _, _ in
        guard let items = value as? [Any] else { return value.map(stringify) }
        return items.enumerated().map { "\($0.offset + 1). \(stringify($0.element))" }
          .joined(separator: "\n")
      },
      ReportFilter(name: "wrap", result: .text, allowedArguments: nil) { value, arguments, _ in
        let width = (arguments.first as? Int) ?? 80
        return TextWrapper(width: width).wrap(value.map(stringify) ?? "")
      },
      ReportFilter(name: "capfirst", result: .text, allowedArguments: nil) { value, _, _ in
        guard let text = value.map(stringify), let first = text.first else { return value }
        return first.uppercased() + text.dropFirst()
      },
      // English: "A press conference was held", "Talks were held" for a title
      // that names an occasion; a title that is a sentence of its own
      // ("The President and Prime Minister begin …") is not forced into one.
      ReportFilter(name: "held", result: .text, allowedArguments: nil) { value, _, _ in
        guard let text = value.map(stringify), !text.isEmpty else { return value }
        return EnglishClause.held(text)
      },
      // A note as a sentence: "осмотр спорткомплекса" → "Осмотр спорткомплекса.".
      ReportFilter(name: "sentence", result: .text, allowedArguments: nil) { value, _, _ in
        guard let text = value.map(stringify), let first = text.first else { return value }
        var sentence = first.uppercased() + text.dropFirst()
        if let last = sentence.last, !".!?…".contains(last) { sentence += "." }
        return sentence
      },
      // English: "the village club" for a name written in lower case, and
      // "the Government of New Zealand" for an institution named by what it
      // is; a proper name ("Lipetsk City Hall") and a person stay as they are.
      ReportFilter(name: "the", result: .sameAsInput, allowedArguments: nil) { value, _, language in
        try map(value, filter: "the") { item in
          guard language == .english, !(item is PersonValue) else { return item }
          let text = stringify(item)
          // An article belongs before English words only: a name left in
          // Russian ("делегации ветеранов") takes none.
          guard let first = text.first, first.isASCII, !text.hasPrefix("the "),
            !text.hasPrefix("The ")
          else {
            return item
          }
          if first.isLowercase { return "the " + text }
          let firstWord = text.prefix { $0 != " " }
          if EnglishClause.institutions.contains(String(firstWord)), text.contains(" of ") {
            return "the " + text
          }
          return item
        }
      },
      // "Встреча" → "встреча" inside a sentence; "ООО …" stays.
      ReportFilter(name: "lowerfirst", result: .text, allowedArguments: nil) { value, _, _ in
        guard let text = value.map(stringify), let first = text.first else { return value }
        let second = text.dropFirst().first
        guard second.map({ $0.isLowercase }) ?? true else { return text }
        return first.lowercased() + text.dropFirst()
      },
      ReportFilter(name: "in", result: .text, allowedArguments: nil) { value, _, language in
        if value == nil { return nil }
        if let declinable = value as? any Declinable { return declinable.locative }
        if let text = value as? String {
          return PhraseValue(text: text, kind: .organization, language: language).locative
        }
        throw FilterError(
          description: "in works on places, venues and names, not on \(describe(value))")
      },
      ReportFilter(name: "agree", result: .text, allowedArguments: nil) { value, arguments, _ in
        let forms = arguments.compactMap { $0 as? String }
          .flatMap { $0.split(separator: ",").map { String($0.trimmingCharacters(in: " ")) } }
        guard forms.count == 4 else {
          throw FilterError(
            description: "agree needs four forms, masculine, feminine, neuter and plural: "
              + "agree:\"состоялся,состоялась,состоялось,состоялись\"")
        }
        switch gender(of: value) {
        case .masculine, nil: return forms[0]
        case .feminine: return forms[1]
        case .neuter: return forms[2]
        case .plural: return forms[3]
        }
      },
    ]

  /// `genitive`/`gen` … `prepositional`/`prep`, and `nominative` to undo.
  static let caseFilters: [ReportFilter] = GrammaticalCase.allCases.flatMap { grammaticalCase in
    [grammaticalCase.rawValue, grammaticalCase.shortName].map { name in
      ReportFilter(
        name: name, result: .sameAsInput,
        allowedArguments: InflectionKind.allCases.map(\.rawValue)
      ) { value, arguments, language in
        let kind = (arguments.first as? String).flatMap(InflectionKind.init(rawValue:))
        return try map(value, filter: name) { item in
          if let declinable = item as? any Declinable {
            return declinable.inflected(grammaticalCase)
          }
          if let text = item as? String {
            return PhraseValue(text: text, kind: kind ?? .organization, language: language)
              .inflected(grammaticalCase)
          }
          throw FilterError(
            description: "\(name) declines names, titles and places, not \(describe(item))")
        }
      }
    }
  }

  static func named(_ name: String) -> ReportFilter? {
    all.first { $0.name == name }
  }

  /// Applies to a value, or to each value of a list.
  static func map(_ value: Any?, filter: String, _ transform: (Any) throws -> Any) throws -> Any? {
    guard let value else { return nil }
    if let items = value as? [Any] { return try items.map(transform) }
    return try transform(value)
  }

  static func gender(of value: Any?) -> GrammaticalGender? {
    if let items = value as? [Any] {
      return items.count == 1 ? gender(of: items[0]) : .plural
    }
    if let declinable = value as? any Declinable { return declinable.agreementGender }
    if let event = value as? EventValue { return event.title.agreementGender }
    if let agreement = value as? AgreementValue { return agreement.title.agreementGender }
    if let gift = value as? GiftValue { return gift.item.agreementGender }
    return nil
  }

  static func describe(_ value: Any?) -> String {
    switch value {
    case nil: "nothing"
    case is Int, is Double: "a number"
    case is Bool: "yes/no"
    case is [Any]: "a list"
    case let object as any TemplateObject: "a \(type(of: object).typeName)"
    default: "this value"
    }
  }
}

/// How a value prints.
func stringify(_ value: Any) -> String {
  if let text = value as? String { return text }
  if let convertible = value as? any CustomStringConvertible { return convertible.description }
  return ""
}

/// How Stencil prints a value, where that is plain: nothing for nil, else
/// as above. A whole list prints as Swift's array description there; the
/// compiled renderer leaves that to Stencil.
func stencilPrinted(_ value: Any?) throws -> String {
  guard let value else { return "" }
  if value is [Any?] { throw CompiledTemplate.Unsupported() }
  return stringify(value)
}
