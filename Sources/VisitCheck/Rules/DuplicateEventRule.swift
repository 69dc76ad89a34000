import VisitCore
import VisitDiagnostics

/// `duplicate-event` (warning): two events look like one entered twice —
/// the same title (ignoring case, punctuation and spacing), date and site; or,
/// on the same date, texts (title, topics, notes, gifts) so alike that one is
/// probably a copy of the other, like the paragraph the seed account repeats.
/// Each event is reported once, against the first event it copies. Legs
/// (`travel`, `arrival`, `departure`) are never copies of anything.
///
/// Copies by title are found here, by one 64-bit hash of the title's words
/// (plus the date and site compared exactly): a collision is a one-in-10¹⁰
/// chance even for a forum, and would show as a plain warning. Near copies
/// are found by `NearDuplicates`, without comparing all pairs.
struct DuplicateEventRule: CheckRule {
  var id: RuleID { .duplicateEvent }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var words = WordCollector(context)
    for day in context.visit.days { day.events.withUnsafeBufferPointer { words.add($0) } }
    context.visit.unscheduled.withUnsafeBufferPointer { words.add($0) }
    var original = words.original
    let byTitle = words.byTitle
    let wordStorage = words.storage
    let wordOffsets = words.offsets

    NearDuplicates.findCopies(
      words: wordStorage, offsets: wordOffsets, day: context.eventDay, original: &original)

    return (0..<context.eventCount).compactMap { index in
      guard original[index] >= 0 else { return nil }
      let copy = context.event(index)
      let first = context.event(Int(original[index]))
      let copyText = Wording.event(copy)
      let firstText = Wording.event(first)
      let why = Self.reason(exact: byTitle[index], copy)
      return Diagnostic(
        .duplicateEvent,
        LocalizedText(
          english: "\(copyText.english) looks like a copy of \(firstText.english) "
            + "(\(why.english)); remove one, or make them different if both take place",
          russian: "событие \(copyText.russian) похоже на копию события \(firstText.russian) "
            + "(\(why.russian)); удалите одно или уточните оба, если проходят оба"),
        at: copy.title?.location ?? copy.location,
        related: Wording.note(
          "the first one is here", "первое — здесь", at: first.title?.location ?? first.location),
        events: [first.id.value, copy.id.value])
    }
  }

  /// Gathers each event's words and finds copies by title, in one pass.
  private struct WordCollector {
    let context: CheckContext
    /// The event each one copies (-1: none), and whether by title.
    var original: [Int32]
    var byTitle: [Bool]
    /// Each event's distinct words, sorted: event e's are
    /// `storage[offsets[e]..<offsets[e + 1]]`.
    var storage: [UInt64] = []
    var offsets: [Int] = [0]
    var firstByTitle: HashTable
    var buffer: [UInt64] = []
    var index = 0

    init(_ context: CheckContext) {
      self.context = context
      original = [Int32](repeating: -1, count: context.eventCount)
      byTitle = [Bool](repeating: false, count: context.eventCount)
      firstByTitle = HashTable(capacity: context.eventCount)
      storage.reserveCapacity(context.eventCount * 10)
      offsets.reserveCapacity(context.eventCount + 1)
    }

    /// Reads the events' fields in place: copying whole events costs more
    /// than all the rest of this pass.
    mutating func add(_ events: UnsafeBufferPointer<Event>) {
      for position in events.indices {
        buffer.removeAll(keepingCapacity: true)
        // Legs are never copies: a day may hold two "Переезд" lines. With
        // no words, a leg is neither a copy nor copied.
        if events[position].kind?.value.isLeg == true {
          offsets.append(storage.count)
          index += 1
          continue
        }
        if let title = events[position].title?.value {
          NearDuplicates.appendWordHashes(title, to: &buffer)
        }
        if !buffer.isEmpty { compareTitle(siteName: events[position].site?.value) }
        if let notes = events[position].notes?.value {
          NearDuplicates.appendWordHashes(notes, to: &buffer)
        }
        for topic in events[position].topics {
          NearDuplicates.appendWordHashes(topic.value, to: &buffer)
        }
        for gift in events[position].gifts {
          NearDuplicates.appendWordHashes(gift.item?.value ?? "", to: &buffer)
        }
        buffer.sort()
        var previous: UInt64?
        for word in buffer where word != previous {
          storage.append(word)
          previous = word
        }
        offsets.append(storage.count)
        index += 1
      }
    }

    /// The title's words are in `buffer`.
    private mutating func compareTitle(siteName: Identifier?) {
      let day = context.eventDay[index]
      let site = context.eventSite[index]
      var key = NearDuplicates.mix(UInt64(bitPattern: Int64(day)))
      key = NearDuplicates.mix(key ^ UInt64(UInt32(bitPattern: site)))
      if context.site(of: index) == .unknown, let siteName {
        // An undefined site is told apart by its name.
        for part in NearDuplicates.wordHashes(siteName.rawValue) {
          key = NearDuplicates.mix(key ^ part)
        }
      }
      for word in buffer { key = NearDuplicates.mix(key ^ word) }
      guard let first = firstByTitle[key].map({ Int($0) }) else {
        firstByTitle.set(key, Int32(index))
        return
      }
      if context.eventDay[first] == day && context.eventSite[first] == site {
        original[index] = Int32(first)
        byTitle[index] = true
      }
    }
  }

  /// Why the two look alike, saying only what they share.
  static func reason(exact: Bool, _ event: Event) -> LocalizedText {
    guard exact else {
      return LocalizedText(
        english: "nearly the same text on the same day", russian: "почти тот же текст в тот же день"
      )
    }
    switch (event.date != nil, event.site != nil) {
    case (true, true):
      return LocalizedText(
        english: "the same title, date and site", russian: "то же название, дата и площадка")
    case (true, false):
      return LocalizedText(
        english: "the same title and date, no site", russian: "то же название и дата, без площадки")
    case (false, true):
      return LocalizedText(
        english: "the same title and site, no date", russian: "то же название и площадка, без даты")
    case (false, false):
      return LocalizedText(
        english: "the same title, neither has a date or site",
        russian: "то же название, у обоих нет ни даты, ни площадки")
    }
  }
}
