import VisitCore
import VisitDiagnostics

/// `head-absent` (warning): the head of a delegation takes part in no event.
struct HeadAbsentRule: CheckRule {
  var id: RuleID { .headAbsent }

  func check(_ context: CheckContext) -> [Diagnostic] {
    // Each delegation's head: the one `delegation`, then each of `delegations`.
    let heads = context.visit.info.allDelegations.compactMap(\.head)
    guard !heads.isEmpty else { return [] }
    var present = [Bool](repeating: false, count: context.personIDs.count)
    for person in context.participantPeople { present[Int(person)] = true }
    return heads.compactMap { head in
      guard let person = context.personIndex[head.value], !present[person] else { return nil }
      let name = context.displayName(of: head.value)
      return Diagnostic(
        .headAbsent,
        LocalizedText(
          english: "\(name) heads the delegation but takes part in no event; add them to the "
            + "events they attend",
          russian: "\(name) возглавляет делегацию, но не участвует ни в одном событии; добавьте "
            + "главу делегации в участники событий, где он присутствует"),
        at: head.location, people: [head.value])
    }
  }
}
