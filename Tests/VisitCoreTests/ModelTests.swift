import Testing
import VisitCore

@Suite("The model")
struct ModelTests {
  @Test("ids are lowercase ASCII slugs of at most 64 characters")
  func identifiers() {
    #expect(Identifier("zhevlakov").isValid)
    #expect(Identifier("house-museum").isValid)
    #expect(Identifier("119").isValid)
    #expect(Identifier("no").isValid)
    #expect(!Identifier("Zhevlakov").isValid)
    #expect(!Identifier("-museum").isValid)
    #expect(!Identifier("жевлаков").isValid)
    #expect(!Identifier("house museum").isValid)
    #expect(!Identifier("").isValid)
    #expect(Identifier(String(repeating: "a", count: 64)).isValid)
    #expect(!Identifier(String(repeating: "a", count: 65)).isValid)
  }

  @Test("names are Last First Middle")
  func names() {
    let name = PersonName(parsing: "Жевлаков Сергей")
    #expect(name?.last == "Жевлаков" && name?.first == "Сергей" && name?.middle == nil)
    let full = PersonName(parsing: "Мамедов Эльдар Рашид оглы")
    #expect(full?.middle == "Рашид оглы")
    #expect(PersonName(parsing: "  ") == nil)
  }

  @Test("gender comes from the patronymic, else the surname, never the first name")
  func genderInference() {
    func gender(_ text: String) -> Gender? {
      PersonName(parsing: text).flatMap(GenderInference.gender(of:))
    }
    #expect(gender("Жевлаков Сергей") == .male)
    #expect(gender("Жулинская Наталья") == .female)
    #expect(gender("Королев Олег") == .male)
    #expect(gender("Иванова Мария Петровна") == .female)
    #expect(gender("Шевчук Олег Иванович") == .male)
    #expect(gender("Шевчук Наталья") == nil)
    #expect(gender("Алиев Гейдар Рашид оглы") == .male)
    #expect(gender("Римская-Корсакова Анна") == .female)
  }

  @Test("group words expand to the people of a side")
  func groupWords() {
    let people = [
      Person(id: Located("a", at: nil), side: Located(.delegation, at: nil)),
      Person(id: Located("b", at: nil), side: Located(.host, at: nil)),
      Person(id: Located("c", at: nil), side: Located(.delegation, at: nil)),
    ]
    let visit = Visit(people: people)
    let index = PeopleIndex(people)
    #expect(visit.people(for: .delegation, in: index) == ["a", "c"])
    #expect(visit.people(for: .hosts, in: index) == ["b"])
    #expect(visit.people(for: .entity("b"), in: index) == ["b"])
    #expect(visit.people(for: .entity("some-organization"), in: index) == [])
    #expect(Participant("delegation") == .delegation)
    #expect(Participant("hosts") == .hosts)
  }
}
