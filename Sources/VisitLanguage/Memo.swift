import Synchronization
import VisitCore

/// Remembered results of the declension engine. A report asks for the same
/// few phrases in the same few cases again and again — the venue of every
/// event in all six cases, the delegation's head in every paragraph — and
/// working a phrase out costs far more than looking it up: on a large
/// programme, declension was a third of a report's time.
///
/// Safe from any thread; bounded, so a file of a million distinct titles
/// does not hold them all (the memo starts over when full). Reports keep
/// one for the texts they build from these, too.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  private let entries = Mutex<[Key: Value]>([:])
  private let capacity: Int

  public init(capacity: Int = 50_000) {
    self.capacity = capacity
  }

  /// The remembered value, or `make()`'s, remembered.
  public func value(for key: Key, orMake make: () -> Value) -> Value {
    if let known = entries.withLock({ $0[key] }) { return known }
    let value = make()
    entries.withLock { entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = value
    }
    return value
  }
}

/// What decides an inflection.
///
/// Hashed and compared by the text's UTF-8 bytes: `String`'s own hashing
/// normalizes Cyrillic to NFC on every lookup, which was a fifth of a
/// report's time. Two spellings of one text that differ only in
/// normalization are then two entries, worked out alike.
struct InflectionKey: Hashable, Sendable {
  let text: String
  let kind: InflectionKind
  let grammaticalCase: GrammaticalCase?
  let gender: Gender?
  var number: GrammaticalNumber? = nil

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(kind)
    hasher.combine(grammaticalCase)
    hasher.combine(gender)
    hasher.combine(number)
  }

  static func == (a: InflectionKey, b: InflectionKey) -> Bool {
    a.kind == b.kind && a.grammaticalCase == b.grammaticalCase && a.gender == b.gender
      && a.number == b.number && a.text.utf8.elementsEqual(b.text.utf8)
  }
}

/// Singular or plural: "делегация" or "делегации", for a phrase whose
/// words do not say.
public enum GrammaticalNumber: String, Hashable, Sendable, CaseIterable {
  case singular
  case plural
}
