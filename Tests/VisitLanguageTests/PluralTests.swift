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

/// Several subjects joined by "и" (issue 10, "Agreement with several subjects").
@Suite("Coordinated subjects")
struct CoordinationTests {
  @Test("two subjects agree in the plural and decline part by part")
  func twoSubjects() {
    let text = "Губернатор Оренбургской области и сопровождающие лица"
    #expect(RussianInflector.gender(of: text, as: .organization) == .plural)
    #expect(
      RussianInflector.inflect(text, as: .organization, to: .instrumental).text
        == "Губернатором Оренбургской области и сопровождающими лицами")
  }

  @Test("an 'и' inside one name does not make two subjects")
  func oneName() {
    for text in [
      "делегация ветеранов войны и труда", "Комитет по науке и образованию",
      "программа «Сельский дом» и «Свой дом»",
    ] {
      #expect(RussianInflector.gender(of: text, as: .organization) != .plural, "\(text)")
    }
    #expect(
      RussianInflector.inflect(
        "делегация ветеранов войны и труда", as: .organization, to: .genitive
      )
      .text == "делегации ветеранов войны и труда")
  }
}
