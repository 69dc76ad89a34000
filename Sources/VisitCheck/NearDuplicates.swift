/// Finds texts that are near copies of each other without comparing all
/// pairs — the part of `duplicate-event` that is about text, not events.
///
/// Each text's words get a MinHash signature; texts sharing a band of it on
/// the same day become candidates, and candidates are confirmed by the exact
/// share of common words (at least 80 % of all their words, and at least 6
/// words each). Words are compared as 64-bit hashes: a collision is a
/// one-in-10¹⁰ chance even for a forum.
///
/// - Complexity: O(n · signature length) plus at most `comparisonsPerBucket`
///   comparisons per band of each text.
enum NearDuplicates {
  static let minimumWords = 6
  static let similarity = 0.8
  static let bands = 4
  static let rowsPerBand = 4
  /// Earlier texts of a bucket a text is compared with, at most.
  static let comparisonsPerBucket = 8

  /// Marks in `original` the first earlier text each text copies (-1:
  /// none). Text `t`'s distinct words, sorted, are
  /// `words[offsets[t]..<offsets[t + 1]]`; only texts of the same `day` are
  /// compared. A text already marked (a copy by title) is not compared
  /// again, but still joins the buckets, so later copies find the first.
  static func findCopies(words: [UInt64], offsets: [Int], day: [Int32], original: inout [Int32]) {
    let count = offsets.count - 1
    // Buckets of at most `comparisonsPerBucket` members, stored flat.
    var bucketOf = HashTable(capacity: count * bands)
    var bucketMembers: [Int32] = []
    var bucketSizes: [Int8] = []
    var compared: [Int32] = []
    var signature = [UInt64](repeating: 0, count: bands * rowsPerBand)
    for index in 0..<count where offsets[index + 1] - offsets[index] >= minimumWords {
      let mine = words[offsets[index]..<offsets[index + 1]]
      fillSignature(&signature, of: mine)
      compared.removeAll(keepingCapacity: true)
      for band in 0..<bands {
        var key = mix(UInt64(bitPattern: Int64(day[index])) &+ UInt64(band))
        for row in 0..<rowsPerBand {
          key = (key ^ signature[band * rowsPerBand + row]) &* 0x100_0000_01B3
        }
        guard let bucket = bucketOf[key].map({ Int($0) }) else {
          bucketOf.set(key, Int32(bucketSizes.count))
          bucketSizes.append(1)
          bucketMembers.append(Int32(index))
          bucketMembers.append(contentsOf: repeatElement(-1, count: comparisonsPerBucket - 1))
          continue
        }
        let size = Int(bucketSizes[bucket])
        let first = bucket * comparisonsPerBucket
        if original[index] < 0 {
          for candidate in bucketMembers[first..<(first + size)] where !compared.contains(candidate)
          {
            compared.append(candidate)
            let other = Int(candidate)
            let theirs = words[offsets[other]..<offsets[other + 1]]
            // Jaccard ≥ 0.8 needs the smaller set to be at least 0.8 of the larger.
            guard day[other] == day[index],
              Double(min(mine.count, theirs.count)) >= similarity
                * Double(max(mine.count, theirs.count)),
              jaccard(theirs, mine) >= similarity
            else { continue }
            original[index] = original[other] >= 0 ? original[other] : candidate
            break
          }
        }
        if size < comparisonsPerBucket {
          bucketMembers[first + size] = Int32(index)
          bucketSizes[bucket] += 1
        }
      }
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
