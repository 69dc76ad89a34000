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

  func readEvent(_ mapping: YAMLMapping, date: CalendarDate?, generatedID: Identifier) -> Event {
    let reader = MappingReader(mapping, spec: FormatSchema.event, sink: sink)
    let writtenID = reader.value("id").flatMap { values.scalar($0, key: "id") }
    var event = Event(
      id: writtenID.map(values.definedIdentifier) ?? Located(generatedID, at: mapping.location),
      hasGeneratedID: writtenID == nil, location: mapping.location, date: date)
    event.title = values.text(reader.required("title"), key: "title")
    event.kind = values.choice(reader.value("kind"), key: "kind")
    readTiming(reader, into: &event)
    event.site = values.reference(reader.value("site"), key: "site")
    if let node = reader.value("participants") {
      event.participants = values.texts(node, key: "participants").map {
        $0.map(Participant.init)
      }
    }
    event.responsible = values.reference(reader.value("responsible"), key: "responsible")
    event.topics = values.texts(reader.value("topics"), key: "topics")
    if let node = reader.value("gifts") {
      event.gifts = values.mappings(node, key: "gifts").map(readGift)
    }
    event.notes = values.text(reader.value("notes"), key: "notes")
    event.after = values.references(reader.value("after"), key: "after")
    event.window = readOrderedRange(reader.value("window"), key: "window")
    event.priority = values.integer(reader.value("priority"), key: "priority", minimum: 1)
    event.isFixed = values.boolean(reader.value("fixed"), key: "fixed")
    event.ignoredRules = values.ruleSlugs(reader.value("ignore"), key: "ignore")
    return event
  }

  /// `time: 10:00-11:30`, or `start` with one of `end` / `duration`; a
  /// `duration` alone is how long an unscheduled event will take.
  private func readTiming(_ reader: MappingReader, into event: inout Event) {
    let timeNode = reader.value("time")
    let startNode = reader.value("start")
    let endNode = reader.value("end")
    let durationNode = reader.value("duration")
    event.isTimeWritten = timeNode != nil || startNode != nil || endNode != nil
    if let timeNode {
      for (key, node) in [("start", startNode), ("end", endNode), ("duration", durationNode)] {
        if let node { sink.report(LoaderMessages.conflictingTimeKeys(key, at: node.location)) }
      }
      event.time = values.timeRange(timeNode, key: "time")
      return
    }
    guard let startNode else {
      if let endNode { sink.report(LoaderMessages.endWithoutStart("end", at: endNode.location)) }
      event.plannedDuration = values.duration(durationNode, key: "duration")
      return
    }
    let start = values.time(startNode, key: "start")
    if endNode != nil, let durationNode {
      sink.report(LoaderMessages.conflictingTimeKeys("duration", at: durationNode.location))
    }
    if let endNode {
      guard let start, let end = values.time(endNode, key: "end", allowsEndOfDay: true) else {
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
    } else {
      sink.report(LoaderMessages.startWithoutEnd(at: startNode.location))
    }
  }

  func readGift(_ mapping: YAMLMapping) -> Gift {
    let reader = MappingReader(mapping, spec: FormatSchema.gift, sink: sink)
    return Gift(
      item: values.text(reader.required("item"), key: "item"),
      from: values.reference(reader.value("from"), key: "from"),
      to: values.reference(reader.value("to"), key: "to"),
      value: values.text(reader.value("value"), key: "value"),
      inPerson: values.boolean(reader.value("in-person"), key: "in-person"),
      location: mapping.location)
  }
}
