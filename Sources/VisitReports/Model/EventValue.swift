import VisitCore
import VisitLanguage

/// An event of the programme; prints as its title.
struct EventValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let event: Event
  /// The item before this one on its day, for "участники — те же".
  var previous: Event?

  static let typeName = "Event"
  static let fields: [String: FieldType] = [
    "id": .text, "title": .object("Phrase"), "kind": .text, "date": .object("Date"),
    "time": .text, "start": .text, "end": .text, "is_scheduled": .flag,
    "site": .object("Site"), "place": .object("Place"),
    "participants": .list(.object("Participant")), "people": .list(.object("Person")),
    "organizations": .list(.object("Organization")), "responsible": .object("Person"),
    "topics": .list(.object("Phrase")), "notes": .text, "gifts": .list(.object("Gift")),
    "agreements": .list(.object("Agreement")), "site_in_title": .flag,
    "summary": .object("Phrase"), "is_leg": .flag, "is_meal": .flag, "is_optional": .flag,
    "with": .list(.object("Person")), "hosted_by": .list(.object("Participant")),
    "by": .text, "press": .text, "press_notes": .text, "internal_notes": .text,
    "stay": .object("Site"), "others": .list(.object("Participant")),
    "same_participants": .flag, "site_in_summary": .flag, "route_from": .text,
    "route_to": .text, "press_label": .text,
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "id": return event.id.value.rawValue
    case "title": return title
    case "kind": return event.kind?.value.rawValue
    case "date": return event.date.map { DateValue(date: $0, language: model.language) }
    case "time": return TimeFormat.event(event, model.language) ?? ""
    case "start": return event.startTime.map(TimeFormat.time) ?? ""
    case "end": return event.time.map { TimeFormat.time($0.value.end) } ?? ""
    case "is_scheduled": return event.isScheduled
    case "site": return model.site(event.site?.value)
    case "place": return model.place(model.placeID(of: event))
    case "participants": return event.participants.compactMap { model.participant($0.value) }
    case "people": return model.people(in: event.participants)
    case "organizations":
      return event.participants.compactMap { participant -> OrganizationValue? in
        guard case .entity(let id) = participant.value, model.people[id] == nil else { return nil }
        return model.organization(id)
      }
    case "responsible": return model.person(event.responsible?.value)
    case "topics":
      return model.texts("topics", event.topics, twins: event.twins).map {
        PhraseValue(text: $0, kind: .organization, language: model.language)
      }
    case "notes": return model.text("notes", event.notes?.value, twins: event.twins)
    case "gifts": return event.gifts.map { GiftValue(model: model, gift: $0, event: event) }
    case "agreements":
      return (model.agreementsByEvent[event.id.value] ?? []).map {
        AgreementValue(model: model, agreement: $0)
      }
    case "site_in_title": return siteIsInTitle
    case "summary": return summary
    case "is_leg": return event.effectiveKind.isLeg
    case "is_meal": return event.effectiveKind == .meal
    case "is_optional": return event.isOptional?.value == true
    case "with": return event.with.compactMap { model.person($0.value) }
    case "hosted_by": return event.hostedBy.compactMap { model.participant(.entity($0.value)) }
    case "by": return model.text("by", event.by?.value, twins: event.twins)
    case "press": return event.press?.value.rawValue
    case "press_notes":
      return model.text("press-notes", event.pressNotes?.value, twins: event.twins)
    case "internal_notes":
      return model.text("internal-notes", event.internalNotes?.value, twins: event.twins)
    case "stay": return model.site(model.checkIn(at: event))
    case "same_participants":
      // The same list as the item before: a programme says so rather than
      // repeat forty words on every line.
      guard let previous, !event.participants.isEmpty else { return false }
      return previous.participants.map(\.value) == event.participants.map(\.value)
    case "site_in_summary": return siteIsNamed(in: summary.text)
    case "route_from": return event.from.map { model.locationName($0.value) }
    case "route_to": return event.to.map { model.locationName($0.value) }
    case "press_label": return event.press.map { model.pressLabel($0.value) }
    case "others":
      // The participants a sentence lists after the title: not the
      // counterpart the title already names ("встреча с главой города
      // Липецка Сергеем Ивановым") nor the people met (`with`).
      // On a working trip the official is the subject of every item: a
      // sentence need not say that they took part.
      // Worked out once per event: a template asks for it several times.
      let left = model.leftOut(of: event) {
        var met = Set(event.with.map(\.value))
        if let principal = model.visit.info.principal?.value { met.insert(principal) }
        let title = self.title.text.lowercased()
        for participant in event.participants {
          if case .entity(let id) = participant.value, !met.contains(id),
            let person = model.people[id], model.isNamedQuickly(person, in: title)
          {
            met.insert(id)
          }
        }
        return met
      }
      return event.participants.compactMap { participant -> Any? in
        if case .entity(let id) = participant.value, left.contains(id) { return nil }
        return model.participant(participant.value)
      }
    default: return nil
    }
  }

  /// Whether the title already names the venue, in any case ("Ознакомление с
  /// экспозицией школьного музея"), so that prose need not say where again.
  var siteIsInTitle: Bool {
    guard let title = event.title?.value else { return false }
    return siteIsNamed(in: title)
  }

  func siteIsNamed(in text: String) -> Bool {
    guard let siteID = event.site?.value, let site = model.site(siteID) else { return false }
    let lowered = text.lowercased()
    return model.siteForms(siteID) {
      // A name in Russian is looked for in all its cases, whatever the
      // document's language: an English report of a Russian programme
      // still holds Russian titles.
      let name = site.phrase.text
      guard Script.isCyrillic(name) else {
        return [name.lowercased()]
      }
      return GrammaticalCase.allCases.map {
        RussianInflector.inflect(name, as: .organization, to: $0, forms: site.site.forms).text
          .lowercased()
      }
    }.contains { TextSearch.contains(lowered, $0) }
  }

  /// What a report narrates: the title without its journey, several
  /// coordinated items joined and plural (`ItemTitle`).
  var summary: PhraseValue {
    let narrated = model.narrated(title.text)
    var phrase = PhraseValue(text: narrated.text, kind: .organization, language: model.language)
    phrase.isPlural = narrated.isPlural
    return phrase
  }

  var title: PhraseValue {
    PhraseValue(
      text: model.text("title", event.title?.value, twins: event.twins)
        ?? event.id.value.rawValue, kind: .organization,
      language: model.language)
  }

  var description: String { title.description }
}

/// A day of the programme; prints as its heading ("19 июня, вторник").
struct DayValue: TemplateObject, CustomStringConvertible {
  let model: ReportModel
  let day: Day

  static let typeName = "Day"
  static let fields: [String: FieldType] = [
    "date": .object("Date"), "title": .text, "events": .list(.object("Event")),
    "narrated": .list(.object("Event")), "stays": .list(.object("Stay")),
    "place": .object("Place"), "route": .list(.object("Place")),
  ]

  func field(_ name: String) -> Any? {
    switch name {
    case "date": return day.date.map { DateValue(date: $0.value, language: model.language) }
    case "title": return model.text("title", day.title?.value, twins: day.twins)
    case "events":
      return day.events.indices.map { index in
        EventValue(
          model: model, event: day.events[index],
          previous: index > 0 ? day.events[index - 1] : nil)
      }
    case "narrated":
      // A report tells what happened: journeys are in the programme, and so
      // are meals, unless one is an occasion (hosted, with topics or gifts).
      return day.events.filter { event in
        switch event.effectiveKind {
        case .travel: false
        case .meal: !event.hostedBy.isEmpty || !event.topics.isEmpty || !event.gifts.isEmpty
        default: true
        }
      }.map { EventValue(model: model, event: $0) }
    case "place": return model.place(placeID)
    case "route": return route
    case "stays":
      // Where people sleep the night after this day.
      guard let date = day.date?.value else { return [] }
      let last = model.visit.lastProgrammeDay
      return model.visit.stays.filter { $0.coversNight(date, lastDay: last) }.map {
        StayValue(model: model, stay: $0)
      }
    default: return nil
    }
  }

  /// The innermost place holding all of the day's events.
  var placeID: Identifier? {
    model.places.innermostCommon(of: day.events.compactMap(model.placeID(of:)))
  }

  /// Where the day went, from the area below the visit's destination down
  /// to the day's place: [Измалковский муниципальный район, Преображенье].
  var route: [PlaceValue] {
    guard let placeID else { return [] }
    var chain = model.places.chain(from: placeID)
    if let destination = model.destinationID, let index = chain.firstIndex(of: destination) {
      chain = Array(chain[..<index])
    }
    return chain.reversed().compactMap { model.place($0) }
  }

  var description: String {
    day.date.map { DateFormat.dayHeading($0.value, model.language) } ?? ""
  }
}
