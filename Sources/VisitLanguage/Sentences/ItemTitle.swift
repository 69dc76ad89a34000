public import VisitCore

/// What a programme line says, as a report narrates it.
///
/// Programmes pack several things into one line: "13.20–14.00 Переезд,
/// осмотр выставочного комплекса, возложение цветов к Вечному огню, посадка
/// дерева"; "Посадка в автобусы и переезд на Поклонную гору. Знакомство с
/// музеем". A report says what happened: the journey is not an event, and
/// several coordinated items are the plural subject of one sentence
/// ("Состоялись осмотр …, возложение цветов … и посадка дерева").
public struct ItemTitle: Hashable, Sendable {
  /// The text to narrate: journey sentences and a leading "Переезд" dropped,
  /// coordinated items joined with "и" / "and".
  public let text: String
  /// How many coordinated items the text names: more than one takes a
  /// plural verb and pronoun.
  public let items: Int

  public var isPlural: Bool { items > 1 }

  public init(_ title: String, language: Language) {
    let words = language == .russian ? Self.russianWords : Self.englishWords
    var sentences = Self.split(title, at: ".").map { String($0.trimmingSpaces) }
      .filter { !$0.isEmpty }
    // Journey sentences go, as long as something else remains.
    let kept = sentences.filter { !Self.isJourney($0, words) }
    if !kept.isEmpty && kept.count < sentences.count { sentences = kept }
    guard sentences.count == 1, var sentence = sentences.first else {
      text = sentences.joined(separator: ". ")
      items = 1
      return
    }
    var clauses = Self.split(sentence, at: ",").map { String($0.trimmingSpaces) }
      .filter { !$0.isEmpty }
    // "Переезд, осмотр …", "Посадка в автобусы и отъезд …, знакомство …": the
    // journey that opens a line goes.
    if clauses.count > 1, let first = clauses.first, Self.isJourney(first, words) {
      clauses.removeFirst()
    }
    // "Переезд и осмотр …": the same, inside the first clause.
    if let first = clauses.first {
      let lowered = first.lowercased()
      for noun in words.journeyNouns {
        let prefix = noun + " \(words.and) "
        if lowered.hasPrefix(prefix), first.count > prefix.count {
          clauses[0] = String(first.dropFirst(prefix.count))
          break
        }
      }
    }
    // Coordinated only when every later clause opens with an event noun:
    // "Обед для членов делегаций, прибывших после 14.00" is one item.
    let coordinated =
      clauses.count > 1 && clauses.dropFirst().allSatisfy { Self.opensWithEventNoun($0, words) }
    if coordinated, let last = clauses.last {
      let lastText =
        last.lowercased().hasPrefix(words.and + " ") ? last : "\(words.and) \(last)"
      sentence = clauses.dropLast().joined(separator: ", ") + " " + lastText
      items = clauses.count
    } else {
      sentence = clauses.joined(separator: ", ")
      items = 1
    }
    text = Self.capitalizingFirst(sentence)
  }

  // MARK: - Words

  struct Words {
    let and: String
    /// A line that is only a journey: "Переезд", "Transfer".
    let journeyNouns: [String]
    /// Sentences that only move people: "Посадка в автобусы и отъезд …".
    let journeyStarts: [String]
    let eventNouns: Set<String>
    let eventSuffixes: [String]
  }

  static let russianWords = words(for: .russian)
  static let englishWords = words(for: .english)

  static func words(for language: Language) -> Words {
    switch language {
    case .russian:
      Words(
        and: "и", journeyNouns: ["переезд", "проезд", "трансфер"],
        journeyStarts: [
          "посадка в автобус", "переезд ", "проезд ", "отъезд ", "выезд ", "трансфер ",
        ],
        eventNouns: [
          "осмотр", "посадка", "встреча", "беседа", "визит", "экскурсия", "обед", "ужин",
          "завтрак", "приём", "прием", "концерт", "брифинг", "пресс-конференция", "церемония",
          "презентация", "прогулка", "фотографирование", "фотосъемка", "фотосъёмка",
        ],
        eventSuffixes: ["ение", "ание", "тие", "ство"])
    case .english:
      Words(
        and: "and", journeyNouns: ["transfer", "drive", "motorcade"],
        journeyStarts: ["transfer ", "drive to ", "board ", "boarding "],
        eventNouns: [
          "visit", "tour", "meeting", "talks", "inspection", "opening", "laying", "planting",
          "lunch", "luncheon", "dinner", "breakfast", "reception", "ceremony", "briefing",
          "concert", "presentation", "signing", "wreath-laying", "walk",
        ],
        eventSuffixes: [])
    }
  }

  static func isJourney(_ sentence: String, _ words: Words) -> Bool {
    let lowered = sentence.lowercased()
    return words.journeyNouns.contains(lowered)
      || words.journeyStarts.contains { lowered.hasPrefix($0) }
  }

  static func opensWithEventNoun(_ clause: String, _ words: Words) -> Bool {
    guard let first = clause.split(separator: " ").first?.lowercased() else { return false }
    return words.eventNouns.contains(first) || words.eventSuffixes.contains { first.hasSuffix($0) }
  }

  // MARK: - Splitting

  /// Splits at `separator` followed by a space (or the end), outside quotes
  /// and brackets: «Салют, Победа!» and "(осмотр, питание)" stay whole; a
  /// dot splits only before a capital letter, so "пос. Пригородный" and
  /// "14.00" stay whole.
  static func split(_ text: String, at separator: Character) -> [Substring] {
    // Walked by Unicode scalars: every mark that matters is one scalar,
    // and walking graphemes was most of a report's cost for these lines.
    guard let separatorScalar = separator.unicodeScalars.first else { return [text[...]] }
    let scalars = text.unicodeScalars
    var parts: [Substring] = []
    var depth = 0
    var straightQuote = false
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      switch scalar {
      case "«", "„", "(", "“": depth += 1
      case "»", "”", ")": depth = max(0, depth - 1)
      case "\"": straightQuote.toggle()
      default: break
      }
      let next = scalars.index(after: index)
      if scalar == separatorScalar, depth == 0, !straightQuote, next < scalars.endIndex,
        scalars[next] == " "
      {
        let after = scalars.index(after: next)
        let splits =
          separator != "." || (after < scalars.endIndex && scalars[after].properties.isUppercase)
        if splits {
          parts.append(text[start..<index])
          start = after
          index = after
          continue
        }
      }
      index = next
    }
    var last = text[start...]
    if separator == ".", last.hasSuffix(".") { last = last.dropLast() }
    parts.append(last)
    return parts
  }

  static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: Substring {
    let string = Substring(self)
    var start = string.startIndex
    var end = string.endIndex
    while start < end, string[start] == " " { start = string.index(after: start) }
    while end > start, string[string.index(before: end)] == " " {
      end = string.index(before: end)
    }
    return string[start..<end]
  }
}
