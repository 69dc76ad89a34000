public import VisitCore

extension GrammaticalCase {
  /// Reads a case name as template authors and the command line write it:
  /// the full English name, its short form, or the Russian name.
  public init?(name: String) {
    let found = Self.names.first { $0.value.contains(name.lowercased()) }
    guard let found else { return nil }
    self = found.key
  }

  /// Every accepted spelling, the full English name first.
  public static let names: [GrammaticalCase: [String]] = [
    .nominative: ["nominative", "nom", "именительный", "им"],
    .genitive: ["genitive", "gen", "родительный", "род"],
    .dative: ["dative", "dat", "дательный", "дат"],
    .accusative: ["accusative", "acc", "винительный", "вин"],
    .instrumental: ["instrumental", "ins", "творительный", "твор"],
    .prepositional: ["prepositional", "prep", "loc", "предложный", "пред"],
  ]

  /// The short name used in filters: `gen`, `ins`.
  public var shortName: String { Self.names[self]?[1] ?? rawValue }

  /// The Russian question of the case, for tables a proof-reader reads.
  public var russianName: String { Self.names[self]?[2] ?? rawValue }
}
