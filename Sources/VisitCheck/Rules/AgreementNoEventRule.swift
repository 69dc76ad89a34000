import VisitCore
import VisitDiagnostics

/// `agreement-no-event` (warning): an agreement names no signing event, so the
/// reports cannot say when and where it was signed.
struct AgreementNoEventRule: CheckRule {
  var id: RuleID { .agreementNoEvent }

  func check(_ context: CheckContext) -> [Diagnostic] {
    context.visit.agreements.compactMap { agreement in
      guard agreement.event == nil else { return nil }
      let title = agreement.title?.value ?? agreement.id.value.rawValue
      return Diagnostic(
        .agreementNoEvent,
        LocalizedText(
          english: "\(Quote.english(title)) names no signing event; add \"event:\" with the id "
            + "of the event where it is signed",
          russian: "у соглашения \(Quote.russian(title)) не указано событие подписания; добавьте "
            + "«event:» с идентификатором события, на котором его подписывают"),
        at: agreement.id.location)
    }
  }
}
