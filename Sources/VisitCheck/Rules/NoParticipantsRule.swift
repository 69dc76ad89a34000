import VisitCore
import VisitDiagnostics

/// `no-participants` (warning): an event lists no participants at all.
struct NoParticipantsRule: CheckRule {
  var id: RuleID { .noParticipants }

  func check(_ context: CheckContext) -> [Diagnostic] {
    (0..<context.eventCount).compactMap { index in
      guard context.eventWrittenParticipants[index] == 0 else { return nil }
      let event = context.event(index)
      let name = Wording.event(event)
      return Diagnostic(
        .noParticipants,
        LocalizedText(
          english: "\(name.english) has no participants; list who takes part in "
            + "\"participants\" (ids, delegation, hosts)",
          russian: "у события \(name.russian) нет участников; перечислите их в «participants» "
            + "(идентификаторы, delegation, hosts)"),
        at: event.location, events: [event.id.value])
    }
  }
}
