import Foundation
import Testing
import VisitCore
import VisitLanguage
import VisitTestSupport

/// The declension engine against forms written and checked by hand: people's
/// names (names.tsv), the seed's titles, organizations, venues and places
/// (seed-phrases.tsv) and official titles beyond the seed (titles.tsv).
@Suite("Russian declension against hand-checked forms")
struct DeclensionTableTests {
  static let obliqueCases: [GrammaticalCase] = [
    .genitive, .dative, .accusative, .instrumental, .prepositional,
  ]

  static func rows(_ name: String) throws -> [[String]] {
    let text = try String(
      contentsOf: TestPaths.fixture("declension/\(name)"), encoding: .utf8)
    return text.split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  @Test("people's names: surname, first name and patronymic by gender, all five oblique cases")
  func names() throws {
    let rows = try Self.rows("names.tsv")
    #expect(rows.count >= 100)
    for row in rows {
      try #require(row.count >= 2 + Self.obliqueCases.count, "\(row)")
      let gender: Gender = row[0] == "m" ? .male : .female
      for (index, grammaticalCase) in Self.obliqueCases.enumerated() {
        let form = RussianInflector.inflect(
          row[1], as: .person, to: grammaticalCase, gender: gender)
        #expect(form.text == row[2 + index], "\(row[1]) \(grammaticalCase)")
      }
    }
  }

  @Test("a title or a position in the nominative is the text as written, notes and all")
  func nominativeIsAsWritten() throws {
    var phrases: Set<String> = []
    for file in ["seed-phrases.tsv", "titles.tsv"] {
      for row in try Self.rows(file) where row.count >= 3 { phrases.insert(row[2]) }
    }
    phrases.formUnion([
      "Губернатор Липецкой области и сопровождающие лица", "осмотр «Музея» и посадка дерева",
      "", " ", "встреча  с главой", "Talks with the mayor",
    ])
    #expect(phrases.count > 50)
    for phrase in phrases {
      for kind in [InflectionKind.organization, .position] {
        let result = RussianInflector.inflect(phrase, as: kind, to: .nominative)
        #expect(result.text == phrase)
        #expect(result.notes.isEmpty, "\(phrase)")
      }
    }
  }

  @Test(
    "titles, organizations, venues and places: the seed's and others",
    arguments: ["seed-phrases.tsv", "titles.tsv"])
  func phrases(file: String) throws {
    let rows = try Self.rows(file)
    #expect(rows.count >= 100)
    for row in rows {
      try #require(row.count >= 4, "\(row)")
      let kind = try #require(InflectionKind(rawValue: row[0]))
      let grammaticalCase = try #require(GrammaticalCase(name: row[1]))
      #expect(
        RussianInflector.inflect(row[2], as: kind, to: grammaticalCase).text == row[3],
        "\(row[2]) \(grammaticalCase)")
    }
  }
}
