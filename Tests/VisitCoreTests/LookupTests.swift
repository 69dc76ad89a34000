import Testing
import VisitCore

/// Lookups by id and the chain of enclosing places, shared by the checker,
/// the workbook and the reports.
@Suite("Lookups and place chains")
struct LookupTests {
  func place(_ id: String, in enclosing: String? = nil) -> Place {
    Place(
      id: Located(Identifier(id), at: nil), name: Located(id, at: nil),
      enclosingPlace: enclosing.map { Located(Identifier($0), at: nil) })
  }

  @Test("a duplicated id: the first definition wins")
  func firstWins() {
    let places = [place("a"), place("b"), place("a", in: "b")]
    let byID = [Identifier: Place](firstOf: places, by: \.id.value)
    #expect(byID.count == 2)
    #expect(byID[Identifier("a")]?.enclosingPlace == nil)
  }

  @Test("a chain runs outwards and stops at an unknown id or a loop")
  func chain() {
    let byID = [Identifier: Place](
      firstOf: [
        place("village", in: "district"), place("district", in: "region"),
        place("region", in: "nowhere"), place("x", in: "y"), place("y", in: "x"),
      ], by: \.id.value)
    #expect(
      byID.chain(from: Identifier("village")).map(\.rawValue) == ["village", "district", "region"])
    #expect(byID.chain(from: Identifier("x")).map(\.rawValue) == ["x", "y"])
    #expect(byID.chain(from: nil).isEmpty)
  }

  @Test("the innermost place common to several")
  func innermostCommon() {
    let byID = [Identifier: Place](
      firstOf: [
        place("village", in: "district"), place("town", in: "district"),
        place("district", in: "region"), place("city", in: "region"), place("region"),
        place("abroad"),
      ], by: \.id.value)
    let common = { (ids: [String]) in byID.innermostCommon(of: ids.map { Identifier($0) })?.rawValue
    }
    #expect(common(["village", "town"]) == "district")
    #expect(common(["village", "city"]) == "region")
    #expect(common(["village"]) == "village")
    #expect(common(["village", "abroad"]) == nil)
    #expect(common([]) == nil)
  }
}
