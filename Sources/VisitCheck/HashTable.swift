/// A map from 64-bit hashes to small integers, with open addressing.
///
/// The keys are hashes already (well mixed), so they need no hashing again:
/// for the hundreds of thousands of lookups of `duplicate-event` on a forum,
/// this is several times faster than `Dictionary`, which re-hashes with SipHash.
struct HashTable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var occupied: [Bool]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    occupied = [Bool](repeating: false, count: size)
    mask = size - 1
  }

  subscript(key: UInt64) -> Int32? {
    var slot = Int(truncatingIfNeeded: key) & mask
    while occupied[slot] {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Stores `value` for `key`, replacing any value it had.
  mutating func set(_ key: UInt64, _ value: Int32) {
    if count * 2 >= keys.count { grow() }
    var slot = Int(truncatingIfNeeded: key) & mask
    while occupied[slot] {
      if keys[slot] == key {
        values[slot] = value
        return
      }
      slot = (slot + 1) & mask
    }
    occupied[slot] = true
    keys[slot] = key
    values[slot] = value
    count += 1
  }

  private mutating func grow() {
    var larger = HashTable(capacity: keys.count)
    for slot in keys.indices where occupied[slot] { larger.set(keys[slot], values[slot]) }
    self = larger
  }
}
