import Testing
import VisitCore

@testable import VisitLanguage

/// Number is part of declension (issue 10, "Plural head nouns").
@Suite("Plural phrases")
struct PluralTests {
  func form(_ text: String, _ grammaticalCase: GrammaticalCase, number: GrammaticalNumber? = nil)
    -> String
  {
    RussianInflector.inflect(text, as: .organization, to: grammaticalCase, number: number).text
  }

  @Test("the issue's phrases, in every case")
  func issuePhrases() {
    #expect(form("сопровождающие лица", .genitive) == "сопровождающих лиц")
    #expect(form("сопровождающие лица", .dative) == "сопровождающим лицам")
    #expect(form("сопровождающие лица", .instrumental) == "сопровождающими лицами")
    #expect(form("сопровождающие лица", .accusative) == "сопровождающих лиц")
    #expect(form("делегации ветеранов", .genitive) == "делегаций ветеранов")
    #expect(form("территориальные управления", .genitive) == "территориальных управлений")
    #expect(form("территориальные управления", .prepositional) == "территориальных управлениях")
  }

  @Test("plural nouns of several kinds")
  func kinds() {
    #expect(
      form("руководители территориальных управлений", .genitive)
        == "руководителей территориальных управлений")
    #expect(form("члены Правительства области", .dative) == "членам Правительства области")
    #expect(form("городские музеи", .genitive) == "городских музеев")
    #expect(form("новые выставки", .genitive) == "новых выставок")
    #expect(form("городские дома", .genitive) == "городских домов")
    #expect(form("школы города", .genitive) == "школ города")
  }

  @Test("a singular phrase is untouched, and --number settles an ambiguous one")
  func number() {
    #expect(form("делегация города Стаханова", .genitive) == "делегации города Стаханова")
    #expect(
      form("Липецкое региональное отделение", .genitive) == "Липецкого регионального отделения")
    #expect(form("лица", .genitive, number: .plural) == "лиц")
    #expect(RussianInflector.gender(of: "сопровождающие лица", as: .organization) == .plural)
  }
}
