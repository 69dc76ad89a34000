/// A place in the file where one id names another, and what it may name.
public struct Reference: Hashable, Sendable {
  public var target: Located<Identifier>
  /// The kinds this reference may name.
  public var acceptedKinds: Set<EntityKind>
  /// The key the reference is written under, for messages (`participants`).
  public var key: String
  /// The event the reference is written in, if any.
  public var event: Identifier?

  public init(
    target: Located<Identifier>, acceptedKinds: Set<EntityKind>, key: String,
    event: Identifier? = nil
  ) {
    self.target = target
    self.acceptedKinds = acceptedKinds
    self.key = key
    self.event = event
  }
}

extension Visit {
  /// Every reference in the file, each with the kinds it accepts. Group words
  /// in `participants` are not references.
  public var references: [Reference] {
    var result: [Reference] = []
    func add(
      _ target: Located<Identifier>?, _ kinds: Set<EntityKind>, _ key: String,
      event: Identifier? = nil
    ) {
      guard let target else { return }
      result.append(Reference(target: target, acceptedKinds: kinds, key: key, event: event))
    }
    if let delegation = info.delegation {
      add(delegation.from, [.place, .organization], "from")
      add(delegation.head, [.person], "head")
    }
    add(info.host, [.organization], "host")
    add(info.inviter, [.organization], "inviter")
    for person in people { add(person.organization, [.organization], "organization") }
    for organization in organizations {
      add(organization.place, [.place], "place")
      add(organization.head, [.person], "head")
    }
    for place in places { add(place.enclosingPlace, [.place], "in") }
    for site in sites { add(site.place, [.place], "place") }
    for entry in travel {
      add(entry.from, [.place, .site], "from")
      add(entry.to, [.place, .site], "to")
    }
    for event in events {
      let eventID = event.id.value
      add(event.site, [.site], "site", event: eventID)
      for participant in event.participants {
        if case .entity(let id) = participant.value {
          add(
            Located(id, at: participant.location), [.person, .organization], "participants",
            event: eventID)
        }
      }
      add(event.responsible, [.person], "responsible", event: eventID)
      for gift in event.gifts {
        add(gift.from, [.person, .organization], "from", event: eventID)
        add(gift.to, [.person, .organization], "to", event: eventID)
      }
      for predecessor in event.after { add(predecessor, [.event], "after", event: eventID) }
    }
    for agreement in agreements {
      for party in agreement.parties { add(party, [.organization], "parties") }
      for signatory in agreement.signatories { add(signatory, [.person], "signatories") }
      add(agreement.event, [.event], "event")
    }
    return result
  }
}
