import VisitCore
import VisitDiagnostics
import VisitLanguage

/// `name-order` (note): in an English visit, a person's `name` begins with a
/// common given name and there is no `name-en`: "Ricardo Lagos" is read as
/// surname Ricardo (the format writes `name` surname first), so documents
/// would say "Mr Ricardo". The note asks for `name-en` or the mapping form.
struct NameOrderRule: CheckRule {
  var id: RuleID { .nameOrder }

  func check(_ context: CheckContext) -> [Diagnostic] {
    guard context.visit.info.effectiveLanguage == .english else { return [] }
    return context.visit.people.compactMap { person in
      guard person.englishName == nil, let name = person.name, name.value.first != nil,
        GivenNames.isCommon(name.value.last)
      else { return nil }
      let written = name.value.listForm
      let first = name.value.last
      let rest = [name.value.first, name.value.middle].compactMap { $0 }.joined(separator: " ")
      return Diagnostic(
        .nameOrder,
        LocalizedText(
          english: "\"\(written)\" is read surname first, as surname \"\(first)\"; if "
            + "\(first) is the given name, write \"name-en: \(written)\" or "
            + "\"name: {last: \(rest), first: \(first)}\"",
          russian: "«\(written)» читается как «фамилия имя», то есть фамилия — «\(first)»; если "
            + "\(first) — имя, напишите «name-en: \(written)» или "
            + "«name: {last: \(rest), first: \(first)}»"),
        at: name.location, people: [person.id.value])
    }
  }
}
