import Testing
import VisitCore
import VisitLanguage

/// The engine's rules where the tables alone do not show them: forms from
/// the file, unknown gender, capitals and ё, agreement, prepositions.
@Suite("Russian declension rules")
struct InflectorTests {
  @Test("the file's forms win over the rules, and are split into the name's parts")
  func formsWin() {
    let forms = GrammaticalForms([.instrumental: "Квашой Ириной"])
    let name = PersonName(last: "Кваша", first: "Ирина")
    let result = RussianInflector.inflect(name, gender: .female, to: .instrumental, forms: forms)
    #expect(result.name == PersonName(last: "Квашой", first: "Ириной"))
    #expect(result.notes == [.fromForms])
    let phrase = RussianInflector.inflect(
      "Елец", as: .place, to: .genitive, forms: GrammaticalForms([.genitive: "Ельца"]))
    #expect(phrase.text == "Ельца")
  }

  @Test("a gender that decides the forms but is unknown leaves the name whole, with a note")
  func unknownGender() {
    let result = RussianInflector.inflect("Шевчук Ирина", as: .person, to: .dative)
    #expect(result.text == "Шевчук Ирина")
    #expect(result.notes == [.genderUnknown("Шевчук Ирина")])
    // The surname tells the gender: no note needed.
    #expect(
      RussianInflector.inflect("Жулинская Наталья", as: .person, to: .dative).text
        == "Жулинской Наталье")
    // The patronymic tells it too.
    #expect(
      RussianInflector.inflect("Шевчук Иван Петрович", as: .person, to: .genitive).text
        == "Шевчука Ивана Петровича")
  }

  @Test("capitals stay capitals; ё is kept as written")
  func spelling() {
    #expect(
      RussianInflector.inflect("ЖЕВЛАКОВ", as: .person, to: .instrumental, gender: .male)
        .text == "ЖЕВЛАКОВЫМ")
    #expect(
      RussianInflector.inflect("Королёв Олег", as: .person, to: .dative).text
        == "Королёву Олегу")
  }

  @Test("names in Latin letters and quoted names are left as written")
  func leftAsWritten() {
    #expect(
      RussianInflector.inflect("Moore Helen", as: .person, to: .dative, gender: .female)
        .text == "Moore Helen")
    #expect(
      RussianInflector.inflect("«Газпром»", as: .organization, to: .instrumental).text
        == "«Газпром»")
  }

  @Test("a head noun outside the lexicon is declined by its ending and said so")
  func unknownHeadNoun() {
    let result = RussianInflector.inflect("реализация проектов", as: .organization, to: .accusative)
    #expect(result.text == "реализацию проектов")
    #expect(result.notes == [.headNounGuessed("реализация")])
  }

  @Test("places that the rules can only guess say so")
  func guessedPlaces() {
    #expect(
      RussianInflector.inflect("Рязань", as: .place, to: .genitive).notes
        == [.placeGenderGuessed("Рязань")])
    #expect(
      RussianInflector.inflect("Грязи", as: .place, to: .genitive).notes
        == [.placeFormGuessed("Грязи")])
  }

  @Test("a generic word declines and the name agrees with it, unless it cannot")
  func genericWord() {
    #expect(
      PlaceNameInflector.inflect("Стаханов", genericWord: "город", to: .genitive).text
        == "города Стаханова")
    #expect(
      PlaceNameInflector.inflect("Преображенье", genericWord: "село", to: .prepositional)
        .text == "селе Преображенье")
    #expect(
      PlaceNameInflector.inflect("Измалково", genericWord: "село", to: .prepositional)
        .text == "селе Измалково")
  }

  @Test("the gender words agree with: встреча состоялась, посещение состоялось")
  func agreement() {
    #expect(RussianInflector.gender(of: "Встреча с главой города", as: .organization) == .feminine)
    #expect(RussianInflector.gender(of: "Посещение музея", as: .organization) == .neuter)
    #expect(RussianInflector.gender(of: "Визит делегации", as: .organization) == .masculine)
    #expect(RussianInflector.gender(of: "Жулинская Наталья", as: .person) == .feminine)
    #expect(RussianInflector.gender(of: "игрушки, сделанные руками", as: .organization) == .plural)
  }

  @Test("в, во or на before a place in the prepositional")
  func prepositions() {
    #expect(RussianInflector.locative("школьный музей", as: .organization) == "в школьном музее")
    #expect(
      RussianInflector.locative("улица Ульяны Громовой", as: .organization)
        == "на улице Ульяны Громовой")
    #expect(RussianInflector.locative("Владимир", as: .place) == "во Владимире")
    #expect(RussianInflector.locative("Липецкая область", as: .place) == "в Липецкой области")
  }

  @Test("case names: English, short and Russian")
  func caseNames() {
    #expect(GrammaticalCase(name: "ins") == .instrumental)
    #expect(GrammaticalCase(name: "Творительный") == .instrumental)
    #expect(GrammaticalCase(name: "prep") == .prepositional)
    #expect(GrammaticalCase(name: "ablative") == nil)
  }
}
