import VisitCore
import VisitXLSX

/// `Участники`: everyone in protocol order — the delegation first (its head
/// first), then the hosts, then guests, then anyone else, each group in file
/// order — with how many events each attends.
enum ParticipantsSheet {
  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let headers =
      WorkbookMessages.participantsHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.participants, headers: headers,
      limits: [4...5, 20...30, 22...40, 22...40, 12...20, 10...12])
    let counts = eventCounts(visit, names: names)
    for (index, person) in visit.peopleInProtocolOrder.enumerated() {
      try table.number(index + 1, column: 0)
      try table.text(names.person(person.id.value), column: 1)
      try table.text(person.position?.value ?? "", column: 2)
      try table.text(person.organization.map { names.organization($0.value) } ?? "", column: 3)
      try table.text(labels.side(person.side?.value), column: 4)
      try table.number(counts[person.id.value, default: 0], column: 5)
      table.nextRow()
    }
    return try table.finish(
      orientation: .portrait, pageTitle: names.visitTitle, labels: labels)
  }

  /// How many events each person takes part in, group words expanded.
  static func eventCounts(_ visit: Visit, names: VisitNames) -> [Identifier: Int] {
    let counts = names.attendance.eventCounts
    var result: [Identifier: Int] = [:]
    result.reserveCapacity(counts.count)
    for (index, id) in names.attendance.personIDs.enumerated() { result[id] = counts[index] }
    return result
  }
}
