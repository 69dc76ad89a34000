import VisitCore
import VisitDiagnostics

/// `head-absent` (warning): the head of the delegation takes part in no event.
struct HeadAbsentRule: CheckRule {
  var id: RuleID { .headAbsent }

  func check(_ context: CheckContext) -> [Diagnostic] {
    guard let head = context.visit.info.delegation?.head,
      let person = context.personIndex[head.value].map(Int32.init),
      !context.participantPeople.contains(person)
    else { return [] }
    let name = context.displayName(of: head.value)
    return [
      Diagnostic(
        .headAbsent,
        LocalizedText(
          english: "\(name) heads the delegation but takes part in no event; add them to the "
            + "events they attend",
          russian: "\(name) возглавляет делегацию, но не участвует ни в одном событии; добавьте "
            + "главу делегации в участники событий, где он присутствует"),
        at: head.location, people: [head.value])
    ]
  }
}
