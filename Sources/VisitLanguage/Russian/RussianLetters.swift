/// Letter classes of Russian spelling, as the declension rules name them.
enum RussianLetters {
  static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"]
  /// ж ш ч щ: after them unstressed endings take е, not о (Лившицем, Сашей).
  static let sibilants: Set<Character> = ["ж", "ш", "ч", "щ"]
  /// г к х: after them ы becomes и (Ольги, Безверхим).
  static let velars: Set<Character> = ["г", "к", "х"]
  static let signs: Set<Character> = ["ь", "ъ", "й"]

  static func isVowel(_ letter: Character) -> Bool { vowels.contains(letter) }

  static func isConsonant(_ letter: Character) -> Bool {
    isCyrillic(letter) && !vowels.contains(letter) && !signs.contains(letter)
  }

  static func isCyrillic(_ letter: Character) -> Bool {
    guard let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 else {
      return false
    }
    return (0x0410...0x044F).contains(scalar.value) || scalar.value == 0x0401
      || scalar.value == 0x0451
  }

  /// Lower case with ё read as е: rules compare letters this way, and keep
  /// the writer's own spelling in what they output (Королёв → Королёвым).
  static func folded(_ word: some StringProtocol) -> [Character] {
    word.lowercased().map { $0 == "ё" ? "е" : $0 }
  }

  /// True when every letter is a capital (ЖЕВЛАКОВ); added endings follow.
  static func isAllCapitals(_ word: some StringProtocol) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count > 1 && letters.allSatisfy(\.isUppercase)
  }

  static func syllableCount(_ folded: [Character]) -> Int {
    folded.filter(isVowel).count
  }

  /// A word of Russian letters (a hyphen allowed); names in Latin letters are
  /// left as written.
  static func isRussianWord(_ word: some StringProtocol) -> Bool {
    word.contains(where: isCyrillic) && word.allSatisfy { isCyrillic($0) || $0 == "-" }
  }
}

/// Which alphabet a text is written in, for rules that follow the text's
/// language rather than the document's (a Russian title in an English report).
public enum Script {
  /// Whether the text holds a Cyrillic letter.
  public static func isCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
  }
}
