import VisitCore
import VisitDiagnostics

/// `gift-absent` (warning): the giver or the receiver of a gift handed over in
/// person does not take part in the event. A person takes part when listed
/// (or covered by a group word); an organization when it is listed itself or
/// one of its people, or its head, takes part. Gifts with `in-person: false`
/// ("передан") are not checked.
struct GiftAbsentRule: CheckRule {
  var id: RuleID { .giftAbsent }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for index in context.eventsWithGifts {
      let event = context.event(index)
      let people = Set(context.participantIDs(of: index))
      let listed = Set(
        event.participants.compactMap { participant -> Identifier? in
          if case .entity(let id) = participant.value { return id }
          return nil
        })
      for gift in event.gifts where gift.isInPerson {
        for (side, reference) in [("from", gift.from), ("to", gift.to)] {
          guard let reference,
            !takesPart(reference.value, people: people, listed: listed, context)
          else { continue }
          guard
            context.personByID[reference.value] != nil
              || context.organizationByID[reference.value] != nil
          else { continue }
          result.append(diagnostic(gift, side: side, who: reference, event: event, context))
        }
      }
    }
    return result
  }

  private func takesPart(
    _ id: Identifier, people: Set<Identifier>, listed: Set<Identifier>, _ context: CheckContext
  ) -> Bool {
    if people.contains(id) || listed.contains(id) { return true }
    guard let organization = context.organizationByID[id] else { return false }
    if let head = organization.head?.value, people.contains(head) { return true }
    return people.contains { context.personByID[$0]?.organization?.value == id }
  }

  private func diagnostic(
    _ gift: Gift, side: String, who: Located<Identifier>, event: Event, _ context: CheckContext
  ) -> Diagnostic {
    let name =
      context.personByID[who.value]?.displayName
      ?? context.organizationByID[who.value]?.name?.value ?? who.value.rawValue
    let item = gift.item?.value ?? ""
    let eventText = Wording.event(event)
    let giving = side == "from"
    return Diagnostic(
      .giftAbsent,
      LocalizedText(
        english: "\(name) \(giving ? "gives" : "receives") \(Quote.english(item)) in person at "
          + "\(eventText.english) but does not take part in it; add them to its participants, "
          + "or write \"in-person: false\" if it was handed over in their absence",
        russian: "\(name) \(giving ? "вручает" : "получает") \(Quote.russian(item)) лично на "
          + "событии \(eventText.russian), но не участвует в нём; добавьте в участники или "
          + "напишите «in-person: false», если подарок передан заочно"),
      at: who.location,
      related: Wording.note("the event is here", "событие — здесь", at: event.location),
      events: [event.id.value],
      people: context.personByID[who.value] != nil ? [who.value] : [])
  }
}
