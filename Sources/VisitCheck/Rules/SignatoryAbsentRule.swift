import VisitCore
import VisitDiagnostics

/// `signatory-absent`: a signatory of an agreement does not take part in the
/// event where it is signed (directly or through a group word).
struct SignatoryAbsentRule: CheckRule {
  var id: RuleID { .signatoryAbsent }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for agreement in context.visit.agreements {
      guard let eventID = agreement.event?.value, let index = context.eventIndexByID[eventID]
      else { continue }
      let event = context.event(index)
      let present = Set(context.participantIDs(of: index))
      let title = agreement.title?.value ?? agreement.id.value.rawValue
      let eventText = Wording.event(event)
      for signatory in agreement.signatories
      where context.personByID[signatory.value] != nil && !present.contains(signatory.value) {
        let name = context.displayName(of: signatory.value)
        result.append(
          Diagnostic(
            .signatoryAbsent,
            LocalizedText(
              english: "\(name) signs \(Quote.english(title)) but does not take part in "
                + "\(eventText.english), where it is signed; add them to its participants",
              russian: "\(name) подписывает \(Quote.russian(title)), но не участвует в событии "
                + "\(eventText.russian), где оно подписывается; добавьте в участники"),
            at: signatory.location,
            related: Wording.note("the signing is here", "подписание — здесь", at: event.location),
            events: [event.id.value], people: [signatory.value]))
      }
    }
    return result
  }
}
