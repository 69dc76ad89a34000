/// A place in the file where one id names another, and what it may name.
public struct Reference: Hashable, Sendable {
  public var target: Located<Identifier>
  /// The kinds this reference may name.
  public var acceptedKinds: EntityKinds
  /// The key the reference is written under, for messages (`participants`).
  public var key: String
  /// The event the reference is written in, if any.
  public var event: Identifier?

  public init(
    target: Located<Identifier>, acceptedKinds: EntityKinds, key: String,
    event: Identifier? = nil
  ) {
    self.target = target
    self.acceptedKinds = acceptedKinds
    self.key = key
    self.event = event
  }
}

extension Visit {
  /// What a participant entry may name: people and organizations, and the
  /// visit's delegations and groups where it has any (so a file with none
  /// keeps its messages).
  public var participantKinds: EntityKinds {
    var kinds: EntityKinds = [.person, .organization]
    if info.delegations.contains(where: { $0.id != nil }) { kinds.insert(.delegation) }
    if !groups.isEmpty { kinds.insert(.group) }
    return kinds
  }

  /// Calls `body` with every reference in the file, each with the kinds it
  /// accepts. Group words in `participants` are not references.
  ///
  /// - Complexity: O(references), without building an array of them: a
  ///   forum has hundreds of thousands.
  ///
  /// - Parameter includingParticipantsAndSites: false skips events'
  ///   `participants` and `site`, for callers that have them already.
  public func forEachReference(
    includingParticipantsAndSites: Bool = true, _ body: (Reference) -> Void
  ) {
    func add(
      _ target: Located<Identifier>?, _ kinds: EntityKinds, _ key: String,
      event: Identifier? = nil
    ) {
      guard let target else { return }
      body(Reference(target: target, acceptedKinds: kinds, key: key, event: event))
    }
    for delegation in info.allDelegations {
      add(delegation.from, [.place, .organization], "from")
      add(delegation.head, .person, "head")
    }
    add(info.principal, .person, "principal")
    for group in groups {
      for member in group.members { add(member, .person, "members") }
    }
    let participantKinds = self.participantKinds
    for stay in stays {
      add(stay.site, .site, "site")
      for entry in stay.people {
        if case .entity(let id) = entry.value {
          add(Located(id, at: entry.location), participantKinds, "people")
        }
      }
    }
    for site in sites { add(site.building, .site, "in") }
    add(info.host, .organization, "host")
    add(info.inviter, .organization, "inviter")
    for person in people { add(person.organization, .organization, "organization") }
    for organization in organizations {
      add(organization.place, .place, "place")
      add(organization.head, .person, "head")
    }
    for place in places { add(place.enclosingPlace, .place, "in") }
    for site in sites where !site.isPlaceInherited { add(site.place, .place, "place") }
    for entry in travel {
      add(entry.from, [.place, .site], "from")
      add(entry.to, [.place, .site], "to")
    }
    // Fields are read in place through buffer pointers: passing whole events
    // around copies them, and a forum has tens of thousands.
    func visit(_ events: UnsafeBufferPointer<Event>) {
      for index in events.indices {
        let eventID = events[index].id.value
        if includingParticipantsAndSites {
          add(events[index].site, .site, "site", event: eventID)
          for participant in events[index].participants {
            if case .entity(let id) = participant.value {
              add(
                Located(id, at: participant.location), participantKinds, "participants",
                event: eventID)
            }
          }
        }
        if events[index].hasDetails {
          let details = events[index].detailsValue
          add(details.from, [.site, .place], "from", event: eventID)
          add(details.to, [.site, .place], "to", event: eventID)
          for person in details.with { add(person, .person, "with", event: eventID) }
          for host in details.hostedBy {
            add(host, [.person, .organization], "hosted-by", event: eventID)
          }
        }
        add(events[index].responsible, .person, "responsible", event: eventID)
        for gift in events[index].gifts {
          add(gift.from, [.person, .organization], "from", event: eventID)
          add(gift.to, [.person, .organization], "to", event: eventID)
        }
        for predecessor in events[index].after {
          add(predecessor, .event, "after", event: eventID)
        }
      }
    }
    for day in days { day.events.withUnsafeBufferPointer(visit) }
    unscheduled.withUnsafeBufferPointer(visit)
    for agreement in agreements {
      for party in agreement.parties { add(party, .organization, "parties") }
      for signatory in agreement.signatories { add(signatory, .person, "signatories") }
      add(agreement.event, .event, "event")
    }
  }
}
