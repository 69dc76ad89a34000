import VisitCore
import VisitDiagnostics

/// `gender-unknown` (note): a person's name does not tell their gender (no
/// patronymic; a surname such as Шевчук or Ким), no `gender` is given, and
/// Russian documents will need it to decline the name. Not reported for
/// English visits, for people without a name, or when all six forms are given.
struct GenderUnknownRule: CheckRule {
  var id: RuleID { .genderUnknown }

  func check(_ context: CheckContext) -> [Diagnostic] {
    guard context.visit.info.effectiveLanguage == .russian else { return [] }
    return context.visit.people.compactMap { person in
      guard let name = person.name, person.effectiveGender == nil,
        person.forms.forms.count < GrammaticalCase.allCases.count
      else { return nil }
      let text = name.value.listForm
      return Diagnostic(
        .genderUnknown,
        LocalizedText(
          english: "the gender of \(text) cannot be told from the name; add \"gender: male\" or "
            + "\"gender: female\" so that Russian documents decline it correctly",
          russian: "по имени «\(text)» не определить пол; добавьте «gender: male» или "
            + "«gender: female», чтобы имя правильно склонялось в документах"),
        at: name.location ?? person.id.location, people: [person.id.value])
    }
  }
}
