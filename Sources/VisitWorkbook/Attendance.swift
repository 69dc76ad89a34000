import VisitCore

/// Who takes part in each event, group words expanded, each person once, as
/// indices: worked out once per workbook, because two sheets need it and a
/// forum names a hundred thousand attendances (two million in the largest
/// file the loader accepts), where hashing ids per attendance was most of
/// an export.
struct Attendance: Sendable {
  /// Every person id once, in file order; a person's index is its position.
  let personIDs: [Identifier]
  let personIndex: [Identifier: Int]
  /// Event `e` of `visit.events` has `members[offsets[e]..<offsets[e + 1]]`.
  private let offsets: [Int]
  private let members: [Int32]

  init(_ visit: Visit, people: PeopleIndex) {
    personIDs = people.allIDs
    var personIndex: [Identifier: Int] = [:]
    personIndex.reserveCapacity(personIDs.count)
    for (index, id) in personIDs.enumerated() { personIndex[id] = index }
    self.personIndex = personIndex
    let delegation = people.delegation.compactMap { personIndex[$0] }
    let hosts = people.hosts.compactMap { personIndex[$0] }
    var offsets = [0]
    var members: [Int32] = []
    // The last event each person was added to: one step per person added.
    var lastEvent = [Int](repeating: -1, count: personIDs.count)
    var event = 0
    func add(_ person: Int) {
      guard lastEvent[person] != event else { return }
      lastEvent[person] = event
      members.append(Int32(person))
    }
    for events in visit.days.map(\.events) + [visit.unscheduled] {
      for current in events {
        for participant in current.participants {
          switch participant.value {
          case .delegation: delegation.forEach(add)
          case .hosts: hosts.forEach(add)
          case .entity(let id):
            if let person = personIndex[id] {
              add(person)
            } else {
              // A delegation's or group's members; none for a body.
              for member in people.groupMembers[id] ?? [] {
                if let person = personIndex[member] { add(person) }
              }
            }
          }
        }
        offsets.append(members.count)
        event += 1
      }
    }
    self.offsets = offsets
    self.members = members
  }

  /// The people of event `index` of `visit.events`, as person indices, in
  /// the order written.
  func people(ofEvent index: Int) -> ArraySlice<Int32> {
    members[offsets[index]..<offsets[index + 1]]
  }

  /// How many events each person takes part in, by person index.
  var eventCounts: [Int] {
    var counts = [Int](repeating: 0, count: personIDs.count)
    for member in members { counts[Int(member)] += 1 }
    return counts
  }
}
