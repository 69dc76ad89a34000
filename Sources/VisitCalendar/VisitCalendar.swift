import Foundation
public import VisitCore
import VisitDiagnostics
import VisitLanguage

/// An iCalendar file (RFC 5545) of a visit: one VEVENT per scheduled event
/// of the whole visit, of one person, or of one site.
///
/// Everything in it follows from the file and the stamp, so two runs give
/// the same bytes, and a calendar that imported it once updates its events
/// on the next import instead of adding them again: each event's UID is
/// the visit's and the event's id, and SEQUENCE grows with the stamp.
public struct VisitCalendar: Sendable {
  /// Whose events the calendar holds.
  public enum Scope: Hashable, Sendable {
    case visit
    case person(Identifier)
    case site(Identifier)
  }

  /// Why a calendar cannot be made; each is the user's to fix.
  public enum Problem: Error, Hashable, Sendable {
    /// `visit.timezone` is missing or not a zone the system knows.
    case unknownTimeZone(String?)
    case unknownPerson(Identifier, suggestion: Identifier?)
    case unknownSite(Identifier, suggestion: Identifier?)
    /// The visit has no scheduled event with a date, so no time zone
    /// stretch can be worked out (nothing to put in the calendar anyway).
    case noDates
  }

  /// The `.ics` text, CRLF line ends.
  public let text: String
  /// How many events it holds.
  public let eventCount: Int
  /// The events of the scope left out because they have no date or time.
  public let leftOut: [Event]

  fileprivate init(text: String, eventCount: Int, leftOut: [Event]) {
    self.text = text
    self.eventCount = eventCount
    self.leftOut = leftOut
  }

  /// - Parameters:
  ///   - stamp: seconds since 1970 (UTC): DTSTAMP, and SEQUENCE as whole
  ///     minutes since 2000, so a later edit of the file gives every event
  ///     a higher SEQUENCE and calendars take the update.
  public init(
    _ visit: Visit, scope: Scope, language: Language, stamp: Int64
  ) throws(Problem) {
    let naming = VisitNaming(visit, language: language)
    let events = try Self.events(of: visit, scope: scope, naming: naming)
    var book = try CalendarBook(visit, naming: naming, stamp: stamp)
    self = book.calendar(scope, events: events)
  }

  /// A calendar for every person who takes part in anything, in the
  /// file's order, made in one pass over the programme: the time zone,
  /// each event's people and each VEVENT are worked out once, not once
  /// per person (a forum has thousands of people).
  public static func perPerson(_ visit: Visit, language: Language, stamp: Int64) throws(Problem)
    -> [(person: Identifier, calendar: VisitCalendar)]
  {
    let naming = VisitNaming(visit, language: language)
    var book = try CalendarBook(visit, naming: naming, stamp: stamp)
    var eventsOf: [Identifier: [Int]] = [:]
    for (index, event) in visit.events.enumerated() {
      var concerned = naming.people(of: event)
      if let responsible = event.responsible?.value, naming.people[responsible] != nil {
        concerned.append(responsible)
      }
      for id in concerned where eventsOf[id, default: []].last != index {
        eventsOf[id, default: []].append(index)
      }
    }
    var seen: Set<Identifier> = []
    return visit.people.compactMap { person in
      let id = person.id.value
      guard seen.insert(id).inserted else { return nil }
      return (id, book.calendar(.person(id), events: eventsOf[id] ?? []))
    }
  }

  // MARK: Choosing the events

  /// The scope's events, as indices into `visit.events`.
  private static func events(of visit: Visit, scope: Scope, naming: VisitNaming) throws(Problem)
    -> [Int]
  {
    // `visit.events` joins the days' lists on every call: taken once.
    let events = visit.events
    let all = events.indices
    switch scope {
    case .visit:
      return Array(all)
    case .person(let id):
      guard naming.people[id] != nil else {
        throw .unknownPerson(id, suggestion: closest(to: id, in: visit.people.map(\.id.value)))
      }
      return all.filter { index in
        naming.people(of: events[index]).contains(id) || events[index].responsible?.value == id
      }
    case .site(let id):
      guard naming.sites[id] != nil else {
        throw .unknownSite(id, suggestion: closest(to: id, in: visit.sites.map(\.id.value)))
      }
      // A site's calendar holds its rooms' events too.
      return all.filter { index in
        let event = events[index]
        return [event.site?.value, event.from?.value, event.to?.value].contains { place in
          place == id || place.flatMap { naming.sites[$0]?.building?.value } == id
        }
      }
    }
  }

  /// The id most like a mistyped one, for "did you mean" (the loader's
  /// rule for misspelt keys and ids).
  private static func closest(to id: Identifier, in ids: [Identifier]) -> Identifier? {
    SpellingSuggestion.closest(to: id.rawValue, among: ids.map(\.rawValue)).map { Identifier($0) }
  }

  // MARK: Writing one event

  static func write(
    _ event: Event, naming: VisitNaming, zone: String, visitKey: String, stamp: String,
    sequence: Int64, to lines: inout ContentLines
  ) {
    guard let date = event.date else { return }
    lines.add("BEGIN", "VEVENT")
    lines.add("UID", uidPart(event.id.value.rawValue) + "." + visitKey + "@visitplan")
    lines.add("DTSTAMP", stamp)
    lines.add("SEQUENCE", String(sequence))
    if let range = event.time?.value {
      let start = LocalTime(date: date, minutes: range.start.minutesSinceMidnight)
      // An end at or before the start runs past midnight.
      let endMinutes =
        range.end.minutesSinceMidnight > range.start.minutesSinceMidnight
        ? range.end.minutesSinceMidnight : range.end.minutesSinceMidnight + 1_440
      lines.add("DTSTART;TZID=" + zone, start.basic)
      lines.add("DTEND;TZID=" + zone, LocalTime(date: date, minutes: endMinutes).basic)
    } else if let start = event.openTime?.value.start {
      // The end is not stated: a moment, as RFC 5545 reads a DTSTART alone.
      lines.add(
        "DTSTART;TZID=" + zone, LocalTime(date: date, minutes: start.minutesSinceMidnight).basic)
    } else {
      // "During the day": a one-day event.
      lines.add("DTSTART;VALUE=DATE", LocalTime.dateText(date))
      lines.add("DTEND;VALUE=DATE", LocalTime.dateText(date.adding(days: 1)))
    }
    lines.add(text: "SUMMARY", naming.title(of: event))
    if let location = location(of: event, naming: naming) {
      lines.add(text: "LOCATION", location)
    }
    if let geo = geo(of: event, naming: naming) {
      lines.add("GEO", String(format: "%.6f;%.6f", geo.latitude, geo.longitude))
    }
    let description = description(of: event, naming: naming)
    if !description.isEmpty { lines.add(text: "DESCRIPTION", description) }
    lines.add(text: "CATEGORIES", event.effectiveKind.name(in: naming.language))
    if event.isOptional?.value == true { lines.add("STATUS", "TENTATIVE") }
    lines.add("END", "VEVENT")
  }

  /// "Дом-музей А. Г. Стаханова, с. Преображенье, ул. …": the venue's name
  /// and address; for a leg, where it goes from and to.
  private static func location(of event: Event, naming: VisitNaming) -> String? {
    guard let venue = naming.venue(of: event) else { return nil }
    guard let site = event.site.flatMap({ naming.sites[$0.value] }) else { return venue }
    if let address = site.address?.value, !address.isEmpty { return venue + ", " + address }
    return site.place.map { venue + ", " + naming.place($0.value) } ?? venue
  }

  /// Where the event is on the map: its venue's coordinates, or for a leg
  /// those of where it goes to (a site, or a place with `geo`).
  private static func geo(of event: Event, naming: VisitNaming) -> GeoCoordinate? {
    guard let id = event.site?.value ?? event.to?.value else { return nil }
    if let site = naming.sites[id] { return site.coordinates(in: naming.places) }
    return naming.places[id]?.geo?.value
  }

  /// Participants, the official in charge and the notes, one part per
  /// paragraph.
  private static func description(of event: Event, naming: VisitNaming) -> String {
    let say = { (label: LocalizedText) in label.text(in: naming.language) }
    var parts: [String] = []
    let people = naming.people(of: event).map(naming.person)
    let bodies = naming.bodies(of: event).map(naming.party)
    if !(people + bodies).isEmpty {
      parts.append(
        say(.participants) + (people + bodies).joined(separator: "; "))
    }
    if let responsible = event.responsible?.value {
      parts.append(say(.inCharge) + naming.person(responsible))
    }
    if let by = event.by?.value, !by.isEmpty {
      parts.append(say(.transport) + by)
    }
    if !event.topics.isEmpty {
      parts.append(
        say(.topics) + event.topics.map(\.value).joined(separator: "; "))
    }
    if let notes = event.twins.text("notes", original: event.notes?.value, in: naming.language),
      !notes.isEmpty
    {
      parts.append(notes)
    }
    return parts.joined(separator: "\n\n")
  }

  static func calendarName(_ scope: Scope, naming: VisitNaming) -> String {
    switch scope {
    case .visit: naming.visitTitle
    case .person(let id): naming.visitTitle + " \u{2014} " + naming.person(id)
    case .site(let id): naming.visitTitle + " \u{2014} " + naming.site(id)
    }
  }

  // MARK: Identity

  /// What names the visit in every UID: its title as written and its first
  /// day, hashed (FNV-1a, 64 bits), so two visits never share UIDs and a
  /// visit keeps its own while its events are edited.
  static func visitKey(_ visit: Visit) -> String {
    let first = visit.info.start?.value ?? visit.days.compactMap(\.date?.value).min()
    let text = (visit.info.title?.value ?? "") + "\u{0}" + (first?.description ?? "")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// An id as a UID's left part: letters, digits, `-`, `_` and `.` kept,
  /// anything else (the `#` of a generated id, spaces, Cyrillic) as `%XX`
  /// octets, so the UID is plain ASCII and still one-to-one.
  static func uidPart(_ id: String) -> String {
    var result = ""
    for byte in id.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "-"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return result
  }

  /// A person's id as a file name of `--all`: the same escaping as a UID,
  /// so no id can name a path outside the folder ("../x", "a/b").
  public static func fileName(for id: Identifier) -> String {
    let name = uidPart(id.rawValue)
    return name.hasPrefix(".") ? "%2E" + name.dropFirst() : name
  }

  /// `20181201T093000Z`.
  static func utcText(_ seconds: Int64) -> String {
    LocalTime(utc: Date(timeIntervalSince1970: Double(seconds)), offset: 0).basic + "Z"
  }
}

/// What every calendar of one visit shares, worked out once: the names,
/// the time zone's rules, the stamp, and each event's VEVENT (the same in
/// every calendar that holds the event).
struct CalendarBook {
  let visit: Visit
  /// `visit.events`, joined once.
  let events: [Event]
  let naming: VisitNaming
  let zoneName: String
  let zone: TimeZoneRules
  let visitKey: String
  let stamp: String
  let sequence: Int64
  /// Each event's VEVENT by its index in `visit.events`, once written.
  private var written: [Int: String] = [:]

  init(_ visit: Visit, naming: VisitNaming, stamp: Int64) throws(VisitCalendar.Problem) {
    guard let zoneName = visit.info.timezone?.value else { throw .unknownTimeZone(nil) }
    // Every scheduled event's date is its day's date.
    let dates = visit.days.compactMap(\.date?.value)
    guard let first = dates.min(), let last = dates.max() else { throw .noDates }
    guard let zone = TimeZoneRules(identifier: zoneName, from: first, through: last) else {
      throw .unknownTimeZone(zoneName)
    }
    self.visit = visit
    events = visit.events
    self.naming = naming
    self.zoneName = zoneName
    self.zone = zone
    visitKey = VisitCalendar.visitKey(visit)
    self.stamp = VisitCalendar.utcText(stamp)
    sequence = max(0, (stamp - 946_684_800) / 60)
  }

  /// The calendar of `scope` holding `events` (indices into `visit.events`).
  mutating func calendar(_ scope: VisitCalendar.Scope, events: [Int]) -> VisitCalendar {
    var lines = ContentLines()
    lines.add("BEGIN", "VCALENDAR")
    lines.add("VERSION", "2.0")
    lines.add(
      "PRODID", "-//visitplan//visitplan//" + (naming.language == .russian ? "RU" : "EN"))
    lines.add("CALSCALE", "GREGORIAN")
    lines.add("METHOD", "PUBLISH")
    lines.add(text: "X-WR-CALNAME", VisitCalendar.calendarName(scope, naming: naming))
    lines.add(text: "X-WR-TIMEZONE", zoneName)
    zone.write(to: &lines)
    var text = lines.text
    var count = 0
    var leftOut: [Event] = []
    for index in events {
      let event = self.events[index]
      guard event.isScheduled else {
        leftOut.append(event)
        continue
      }
      if written[index] == nil {
        var block = ContentLines()
        VisitCalendar.write(
          event, naming: naming, zone: zone.identifier, visitKey: visitKey, stamp: stamp,
          sequence: sequence, to: &block)
        written[index] = block.text
      }
      text += written[index] ?? ""
      count += 1
    }
    text += "END:VCALENDAR\r\n"
    return VisitCalendar(text: text, eventCount: count, leftOut: leftOut)
  }
}

/// The calendar's own words, in Russian and English.
extension LocalizedText {
  fileprivate static let participants = LocalizedText(
    english: "Participants: ", russian: "Участники: ")
  fileprivate static let inCharge = LocalizedText(
    english: "In charge: ", russian: "Ответственный: ")
  fileprivate static let transport = LocalizedText(english: "Transport: ", russian: "Транспорт: ")
  fileprivate static let topics = LocalizedText(english: "Topics: ", russian: "Темы: ")
}
