import VisitCore
import VisitDiagnostics

/// `agreement-parties`: an agreement has fewer than two distinct parties;
/// an agreement is between at least two organizations.
struct AgreementPartiesRule: CheckRule {
  var id: RuleID { .agreementParties }

  func check(_ context: CheckContext) -> [Diagnostic] {
    context.visit.agreements.compactMap { agreement in
      let count = Set(agreement.parties.map(\.value)).count
      guard count < 2 else { return nil }
      let title = agreement.title?.value ?? agreement.id.value.rawValue
      return Diagnostic(
        .agreementParties,
        LocalizedText(
          english: "\(Quote.english(title)) has \(count == 0 ? "no parties" : "only one party"); "
            + "list at least two organizations in \"parties\"",
          russian: "у соглашения \(Quote.russian(title)) "
            + (count == 0 ? "не указаны стороны" : "указана только одна сторона")
            + "; перечислите в «parties» не меньше двух организаций"),
        at: agreement.parties.first?.location ?? agreement.id.location)
    }
  }
}
