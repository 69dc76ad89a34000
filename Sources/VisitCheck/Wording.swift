import VisitCore
import VisitDiagnostics
import VisitLanguage

/// How messages name things, in both languages: events, people, times,
/// durations, dates. Messages are for an official, not a programmer.
enum Wording {
  /// «Title», or the id when the event has no title.
  static func event(_ event: Event) -> LocalizedText {
    let title = event.title?.value ?? event.id.value.rawValue
    return LocalizedText(quoting: title)
  }

  /// «Title» (10:00–11:30).
  static func eventWithTime(_ event: Event) -> LocalizedText {
    let name = self.event(event)
    guard let time = event.time?.value else {
      guard let start = event.openTime?.value.start else { return name }
      return LocalizedText(
        english: "\(name.english) (\(start))", russian: "\(name.russian) (\(start))")
    }
    return LocalizedText(
      english: "\(name.english) (\(time))", russian: "\(name.russian) (\(time))")
  }

  /// "Жевлаков Сергей", "A and B", "A, B and C", "A, B, C and 4 more".
  static func people(_ names: [String]) -> LocalizedText {
    let shown = names.count > 4 ? Array(names.prefix(3)) : names
    let rest = names.count - shown.count
    guard rest > 0 else {
      return LocalizedText(
        english: ListFormat.join(shown, .english), russian: ListFormat.join(shown, .russian))
    }
    let list = shown.joined(separator: ", ")
    return LocalizedText(
      english: "\(list) and \(rest) more",
      russian: "\(list) и ещё \(RussianPlural.phrase(rest, "участник", "участника", "участников"))")
  }

  /// How many events of a cluster a message lists by name.
  static let listedEvents = 5

  /// «A» (10:00–11:00), «B» (10:30–11:30) and «C» (…); past five, "…, «E»
  /// (…) and 995 more". The events as they overlap, for a message about
  /// a cluster.
  static func eventsWithTimes(_ events: [Event]) -> LocalizedText {
    let shown = events.count > listedEvents ? Array(events.prefix(listedEvents)) : events
    let rest = events.count - shown.count
    let texts = shown.map(eventWithTime)
    guard rest > 0 else {
      return LocalizedText(
        english: ListFormat.join(texts.map(\.english), .english),
        russian: ListFormat.join(texts.map(\.russian), .russian))
    }
    return LocalizedText(
      english: texts.map(\.english).joined(separator: ", ") + " and \(rest) more",
      russian: texts.map(\.russian).joined(separator: ", ") + " и ещё \(rest)")
  }

  /// Related notes at the other events of a cluster, the first few.
  static func otherEventNotes(_ events: [Event]) -> [RelatedNote] {
    let (english, russian) =
      events.count == 1
      ? ("the other event is here", "другое событие — здесь")
      : ("another event at the same time is here", "другое событие в то же время — здесь")
    return events.prefix(listedEvents).compactMap { event in
      event.timeLocation.map {
        RelatedNote(LocalizedText(english: english, russian: russian), at: $0)
      }
    }
  }

  /// "1 h 15 min" / "1 ч 15 мин"; "0 min" / "0 мин".
  static func duration(_ minutes: Minutes) -> LocalizedText {
    LocalizedText(duration: minutes)
  }

  /// "19 June 2018" / "19 июня 2018 г.".
  static func date(_ date: CalendarDate) -> LocalizedText {
    LocalizedText(
      english: DateFormat.long(date, .english), russian: DateFormat.long(date, .russian))
  }

  /// "Monday" / "понедельник".
  static func weekday(_ weekday: Weekday) -> LocalizedText {
    LocalizedText(
      english: DateFormat.weekday(weekday, .english),
      russian: DateFormat.weekday(weekday, .russian))
  }

  /// "on Mondays" / "по понедельникам".
  static func onWeekdays(_ weekday: Weekday) -> LocalizedText {
    switch weekday {
    case .monday: LocalizedText(english: "on Mondays", russian: "по понедельникам")
    case .tuesday: LocalizedText(english: "on Tuesdays", russian: "по вторникам")
    case .wednesday: LocalizedText(english: "on Wednesdays", russian: "по средам")
    case .thursday: LocalizedText(english: "on Thursdays", russian: "по четвергам")
    case .friday: LocalizedText(english: "on Fridays", russian: "по пятницам")
    case .saturday: LocalizedText(english: "on Saturdays", russian: "по субботам")
    case .sunday: LocalizedText(english: "on Sundays", russian: "по воскресеньям")
    }
  }

  /// «Name» of a site, or its id.
  static func site(_ id: Identifier, in context: CheckContext) -> LocalizedText {
    let name =
      context.siteByID[id]?.name?.value ?? context.placeByID[id]?.name?.value ?? id.rawValue
    return LocalizedText(quoting: name)
  }

  /// A related note with one text in both languages' shapes.
  static func note(_ english: String, _ russian: String, at location: SourceLocation?)
    -> [RelatedNote]
  {
    guard let location else { return [] }
    return [RelatedNote(LocalizedText(english: english, russian: russian), at: location)]
  }
}
