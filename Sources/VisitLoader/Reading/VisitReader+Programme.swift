import VisitCore
import VisitDiagnostics

extension VisitReader {
  func readDays(_ node: YAMLNode) -> [Day] {
    var eventsPerDate: [String: Int] = [:]
    var days: [Day] = []
    for (index, mapping) in values.mappings(node, key: "days").enumerated() {
      let reader = MappingReader(mapping, spec: FormatSchema.day, sink: sink)
      let date = values.date(reader.required("date"), key: "date")
      // Generated ids count per date across day blocks, so they stay unique
      // even when a date is (wrongly) given twice.
      let dateLabel = date?.value.description ?? "day-\(index + 1)"
      var day = Day(
        date: date, title: values.text(reader.value("title"), key: "title"),
        location: mapping.location)
      day.twins = twins(reader.twinNodes, spec: FormatSchema.day)
      if let eventsNode = reader.value("events") {
        for eventMapping in values.mappings(eventsNode, key: "events") {
          let number = eventsPerDate[dateLabel, default: 0] + 1
          eventsPerDate[dateLabel] = number
          day.events.append(
            readEvent(
              eventMapping, date: date?.value, generatedID: Identifier("\(dateLabel)#\(number)")))
        }
      }
      days.append(day)
    }
    return days
  }

  func readUnscheduled(_ node: YAMLNode) -> [Event] {
    values.mappings(node, key: "unscheduled").enumerated().map { index, mapping in
      readEvent(mapping, date: nil, generatedID: Identifier("unscheduled#\(index + 1)"))
    }
  }

  /// Reads one event. Events are the one object a forum has tens of
  /// thousands of, so this walks the mapping once, dispatching on the key,
  /// instead of going through `MappingReader`'s table; the checks on keys
  /// (unknown, repeated, required) are the same.
  func readEvent(_ mapping: YAMLMapping, date: CalendarDate?, generatedID: Identifier) -> Event {
    let spec = FormatSchema.event
    var event = Event(
      id: Located(generatedID, at: mapping.location), hasGeneratedID: true,
      location: mapping.location, date: date)
    var timing = Timing()
    var twinNodes: [MappingReader.TwinNode] = []
    var details = EventDetails()
    var seen: [(key: String, location: SourceLocation)] = []
    var hasTitle = false
    for entry in mapping.entries {
      guard case .scalar(let keyScalar) = entry.key else {
        sink.report(LoaderMessages.keyNotText(at: entry.key.location))
        continue
      }
      let key = keyScalar.text
      if let first = seen.first(where: { $0.key == key }) {
        sink.report(LoaderMessages.duplicateKey(key, at: keyScalar.location, first: first.location))
        continue
      }
      seen.append((key, keyScalar.location))
      let node = entry.value
      let value: YAMLNode? = node.isNull ? nil : node
      switch key {
      case "id":
        if let scalar = value.flatMap({ values.scalar($0, key: "id") }) {
          event.id = values.definedIdentifier(scalar)
          event.hasGeneratedID = false
        }
      case "title":
        hasTitle = true
        if let value {
          event.title = values.text(value, key: "title")
        } else {
          sink.report(LoaderMessages.emptyRequired("title", at: node.location))
        }
      case "kind": event.kind = values.choice(value, key: "kind")
      case "time": timing.time = value
      case "start": timing.start = value
      case "end": timing.end = value
      case "duration": timing.duration = value
      case "site": event.site = values.reference(value, key: "site")
      case "participants":
        event.participants = values.texts(value, key: "participants").map {
          $0.map(Participant.init)
        }
      case "responsible": event.responsible = values.reference(value, key: "responsible")
      case "topics": event.topics = values.texts(value, key: "topics")
      case "gifts":
        if let value { event.gifts = values.mappings(value, key: "gifts").map(readGift) }
      case "notes": event.notes = values.text(value, key: "notes")
      case "after": event.after = values.references(value, key: "after")
      case "window": event.window = readOrderedRange(value, key: "window")
      case "priority": event.priority = values.integer(value, key: "priority", minimum: 1)
      case "fixed": event.isFixed = values.boolean(value, key: "fixed")
      case "ignore": event.ignoredRules = values.ruleSlugs(value, key: "ignore")
      // The keys of real programmes, after the common ones: a string switch
      // compares in order, and a forum has a hundred thousand events.
      case "from": details.from = values.reference(value, key: "from")
      case "to": details.to = values.reference(value, key: "to")
      case "by": details.by = values.text(value, key: "by")
      case "with": details.with = values.references(value, key: "with")
      case "hosted-by": details.hostedBy = values.references(value, key: "hosted-by")
      case "press": details.press = values.choice(value, key: "press")
      case "press-notes": details.pressNotes = values.text(value, key: "press-notes")
      case "internal-notes": details.internalNotes = values.text(value, key: "internal-notes")
      case "optional": details.isOptional = values.boolean(value, key: "optional")
      case "dates": details.dates = values.dates(value, key: "dates")
      default:
        if let base = spec.twinBase[key] {
          twinNodes.append(
            MappingReader.TwinNode(
              key: key, base: base, keyLocation: keyScalar.location, node: node))
        } else if !key.hasPrefix("x-") {
          let candidate = spec.keyIndex.closest(to: key)
          sink.report(
            LoaderMessages.unknownKey(key, in: spec, suggestion: candidate, at: keyScalar.location))
        }
      }
    }
    if !hasTitle {
      sink.report(LoaderMessages.missingField("title", in: spec, at: mapping.location))
    }
    if !twinNodes.isEmpty { details.twins = twins(twinNodes, spec: spec) }
    // One box per event that has details, none for the others.
    if details != EventDetails() { event.detailsValue = details }
    readTiming(timing, into: &event)
    checkLeg(event)
    return event
  }

  /// `to` belongs to legs; a leg that starts where it ends goes nowhere.
  private func checkLeg(_ event: Event) {
    if let to = event.to, !event.effectiveKind.isLeg {
      sink.report(LoaderMessages.toOnlyOnLegs(at: to.location ?? .startOfFile))
    } else if let from = event.from, let to = event.to, from.value == to.value {
      sink.report(
        LoaderMessages.legGoesNowhere(from.value.rawValue, at: to.location ?? .startOfFile))
    }
  }

  /// The time keys of an event, as written.
  private struct Timing {
    var time: YAMLNode?
    var start: YAMLNode?
    var end: YAMLNode?
    var duration: YAMLNode?
  }

  /// `time: 10:00-11:30`, or `start` with one of `end` / `duration`; a
  /// `duration` alone is how long an unscheduled event will take.
  private func readTiming(_ timing: Timing, into event: inout Event) {
    let timeNode = timing.time
    let startNode = timing.start
    let endNode = timing.end
    let durationNode = timing.duration
    event.isTimeWritten = timeNode != nil || startNode != nil || endNode != nil
    if let timeNode {
      for (key, node) in [("start", startNode), ("end", endNode), ("duration", durationNode)] {
        if let node { sink.report(LoaderMessages.conflictingTimeKeys(key, at: node.location)) }
      }
      switch values.eventTime(timeNode, key: "time") {
      case .none: break
      case .some(let located):
        switch located.value {
        case .range(let range): event.time = Located(range, at: located.location)
        case .open(let open): event.openTime = Located(open, at: located.location)
        }
      }
      return
    }
    guard let startNode else {
      if let endNode { sink.report(LoaderMessages.endWithoutStart("end", at: endNode.location)) }
      event.plannedDuration = values.duration(durationNode, key: "duration")
      return
    }
    let start = values.relaxedTime(startNode, key: "start")
    if endNode != nil, let durationNode {
      sink.report(LoaderMessages.conflictingTimeKeys("duration", at: durationNode.location))
    }
    if let endNode {
      guard let start, let end = values.relaxedTime(endNode, key: "end", allowsEndOfDay: true)
      else {
        return
      }
      event.time = Located(TimeRange(start: start.value, end: end.value), at: start.location)
    } else if let durationNode {
      guard let start, let duration = values.duration(durationNode, key: "duration") else {
        return
      }
      guard let end = start.value.adding(duration.value) else {
        sink.report(LoaderMessages.endsAfterMidnight(at: durationNode.location))
        return
      }
      event.time = Located(TimeRange(start: start.value, end: end), at: start.location)
      event.plannedDuration = duration
    } else if let start {
      // "10:20 Прибытие": a start, the end not stated.
      event.openTime = Located(.start(start.value), at: start.location)
    }
  }

  func readGift(_ mapping: YAMLMapping) -> Gift {
    let reader = MappingReader(mapping, spec: FormatSchema.gift, sink: sink)
    var gift = Gift(
      item: values.text(reader.required("item"), key: "item"),
      from: values.reference(reader.value("from"), key: "from"),
      to: values.reference(reader.value("to"), key: "to"),
      value: values.text(reader.value("value"), key: "value"),
      inPerson: values.boolean(reader.value("in-person"), key: "in-person"),
      location: mapping.location)
    gift.twins = twins(reader.twinNodes, spec: FormatSchema.gift)
    return gift
  }
}
