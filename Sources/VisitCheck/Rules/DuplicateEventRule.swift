import VisitCore
import VisitDiagnostics

/// `duplicate-event` (warning): two events look like one entered twice —
/// the same title (ignoring case, punctuation and spacing), date and site; or,
/// on the same date, texts (title, topics, notes, gifts) so alike that one is
/// probably a copy of the other, like the paragraph the seed account repeats.
/// Each event is reported once, against the first event it copies. Legs
/// (`travel`, `arrival`, `departure`) are never copies of anything.
///
/// Near copies are found without comparing all pairs: each event's words get
/// a MinHash signature, events sharing a band of it on the same date become
/// candidates, and candidates are confirmed by the exact share of common words
/// (at least 80 % of all their words, and at least 6 words each).
///
/// Words are compared as 64-bit hashes, and titles by one 64-bit hash of their
/// words (plus the date and site compared exactly): a collision is a
/// one-in-10¹⁰ chance even for a forum, and would show as a plain warning.
///
/// - Complexity: O(n · signature length) plus at most `comparisonsPerBucket`
///   comparisons per band of each event.
struct DuplicateEventRule: CheckRule {
  var id: RuleID { .duplicateEvent }

  static let minimumWords = 6
  static let similarity = 0.8
  static let bands = 4
  static let rowsPerBand = 4
  /// Earlier events of a bucket an event is compared with, at most.
  static let comparisonsPerBucket = 8

  func check(_ context: CheckContext) -> [Diagnostic] {
    let count = context.eventCount
    var words = WordCollector(context)
    for day in context.visit.days { day.events.withUnsafeBufferPointer { words.add($0) } }
    context.visit.unscheduled.withUnsafeBufferPointer { words.add($0) }
    var original = words.original
    let byTitle = words.byTitle
    let wordStorage = words.storage
    let wordOffsets = words.offsets

    // Buckets of at most `comparisonsPerBucket` members, stored flat.
    var bucketOf = HashTable(capacity: count * Self.bands)
    var bucketMembers: [Int32] = []
    var bucketSizes: [Int8] = []
    var compared: [Int32] = []
    var signature = [UInt64](repeating: 0, count: Self.bands * Self.rowsPerBand)
    for index in 0..<count where wordOffsets[index + 1] - wordOffsets[index] >= Self.minimumWords {
      let mine = wordStorage[wordOffsets[index]..<wordOffsets[index + 1]]
      Self.fillSignature(&signature, of: mine)
      compared.removeAll(keepingCapacity: true)
      for band in 0..<Self.bands {
        var key = Self.mix(UInt64(bitPattern: Int64(context.eventDay[index])) &+ UInt64(band))
        for row in 0..<Self.rowsPerBand {
          key = (key ^ signature[band * Self.rowsPerBand + row]) &* 0x100_0000_01B3
        }
        guard let bucket = bucketOf[key].map({ Int($0) }) else {
          bucketOf.set(key, Int32(bucketSizes.count))
          bucketSizes.append(1)
          bucketMembers.append(Int32(index))
          bucketMembers.append(
            contentsOf: repeatElement(-1, count: Self.comparisonsPerBucket - 1))
          continue
        }
        let size = Int(bucketSizes[bucket])
        let first = bucket * Self.comparisonsPerBucket
        if original[index] < 0 {
          for candidate in bucketMembers[first..<(first + size)] where !compared.contains(candidate)
          {
            compared.append(candidate)
            let other = Int(candidate)
            let theirs = wordStorage[wordOffsets[other]..<wordOffsets[other + 1]]
            // Jaccard ≥ 0.8 needs the smaller set to be at least 0.8 of the larger.
            guard context.eventDay[other] == context.eventDay[index],
              Double(min(mine.count, theirs.count)) >= Self.similarity
                * Double(max(mine.count, theirs.count)),
              Self.jaccard(theirs, mine) >= Self.similarity
            else { continue }
            original[index] = original[other] >= 0 ? original[other] : candidate
            break
          }
        }
        if size < Self.comparisonsPerBucket {
          bucketMembers[first + size] = Int32(index)
          bucketSizes[bucket] += 1
        }
      }
    }

    return (0..<count).compactMap { index in
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
          DuplicateEventRule.appendWordHashes(title, to: &buffer)
        }
        if !buffer.isEmpty { compareTitle(siteName: events[position].site?.value) }
        if let notes = events[position].notes?.value {
          DuplicateEventRule.appendWordHashes(notes, to: &buffer)
        }
        for topic in events[position].topics {
          DuplicateEventRule.appendWordHashes(topic.value, to: &buffer)
        }
        for gift in events[position].gifts {
          DuplicateEventRule.appendWordHashes(gift.item?.value ?? "", to: &buffer)
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
      var key = DuplicateEventRule.mix(UInt64(bitPattern: Int64(day)))
      key = DuplicateEventRule.mix(key ^ UInt64(UInt32(bitPattern: site)))
      if site == CheckContext.unknownSite, let siteName {
        // An undefined site is told apart by its name.
        for part in DuplicateEventRule.wordHashes(siteName.rawValue) {
          key = DuplicateEventRule.mix(key ^ part)
        }
      }
      for word in buffer { key = DuplicateEventRule.mix(key ^ word) }
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

  /// Appends the words of a text as 64-bit hashes, in order: letters and
  /// digits only, lower-cased, ё read as е.
  static func appendWordHashes(_ text: String, to words: inout [UInt64]) {
    let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    var hash = offset
    var inWord = false
    for scalar in text.unicodeScalars {
      var value = scalar.value
      let isWordCharacter: Bool
      switch value {
      case 0x30...0x39, 0x61...0x7A, 0x0430...0x044F: isWordCharacter = true
      case 0x41...0x5A, 0x0410...0x042F:
        value += 0x20
        isWordCharacter = true
      case 0x0401, 0x0451:
        value = 0x0435
        isWordCharacter = true
      case 0...0x7F: isWordCharacter = false
      default:
        isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        if isWordCharacter, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
          value = lower.value
        }
      }
      if isWordCharacter {
        hash = (hash ^ UInt64(value)) &* 0x100_0000_01B3
        inWord = true
      } else if inWord {
        words.append(hash)
        hash = offset
        inWord = false
      }
    }
    if inWord { words.append(hash) }
  }

  /// The words of a text as hashes (see `appendWordHashes`).
  static func wordHashes(_ text: String) -> [UInt64] {
    var words: [UInt64] = []
    appendWordHashes(text, to: &words)
    return words
  }

  /// Common words ÷ all words, over two sorted lists without repeats.
  static func jaccard(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>) -> Double {
    var i = a.startIndex
    var j = b.startIndex
    var common = 0
    while i < a.endIndex && j < b.endIndex {
      if a[i] == b[j] {
        common += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let union = a.count + b.count - common
    return union == 0 ? 0 : Double(common) / Double(union)
  }

  /// The smallest of each of `bands × rowsPerBand` seeded hashes over the
  /// words: two signatures agree at a position as often as the two sets'
  /// Jaccard similarity.
  ///
  /// The hash functions are `h₁ + i·h₂` from two mixes of the word (double
  /// hashing), which is as good for MinHash and far cheaper than mixing once
  /// per position.
  static func fillSignature(_ minimums: inout [UInt64], of words: ArraySlice<UInt64>) {
    for position in minimums.indices { minimums[position] = .max }
    for word in words {
      let first = mix(word)
      let second = mix(first) | 1
      var value = first
      for position in minimums.indices {
        if value < minimums[position] { minimums[position] = value }
        value = value &+ second
      }
    }
  }

  /// SplitMix64's finaliser: spreads the bits of a hash.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
