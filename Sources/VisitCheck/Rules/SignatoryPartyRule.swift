import VisitCore
import VisitDiagnostics

/// `signatory-party` (warning): a signatory belongs to no party of the
/// agreement: their `organization` is not a party, and they head no party.
struct SignatoryPartyRule: CheckRule {
  var id: RuleID { .signatoryParty }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for agreement in context.visit.agreements {
      let parties = Set(agreement.parties.map(\.value))
      let heads = Set(parties.compactMap { context.organizationByID[$0]?.head?.value })
      let title = agreement.title?.value ?? agreement.id.value.rawValue
      for signatory in agreement.signatories {
        guard let person = context.personByID[signatory.value] else { continue }
        if let organization = person.organization?.value, parties.contains(organization) {
          continue
        }
        if heads.contains(signatory.value) { continue }
        let name = person.displayName
        result.append(
          Diagnostic(
            .signatoryParty,
            LocalizedText(
              english: "\(name) signs \(Quote.english(title)) but belongs to none of its parties; "
                + "check the signatories, the parties, or the person's \"organization\"",
              russian: "\(name) подписывает \(Quote.russian(title)), но не относится ни к одной из "
                + "сторон; проверьте подписантов, стороны или «organization» участника"),
            at: signatory.location, people: [signatory.value]))
      }
    }
    return result
  }
}
