import VisitCore
import VisitXLSX

/// `Соглашения`: each agreement — title, kind, parties, signatories, the
/// date and event of signing, and its goals.
enum AgreementsSheet {
  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let headers =
      WorkbookMessages.agreementsHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.agreements, headers: headers,
      limits: [4...5, 16...30, 10...16, 14...30, 12...24, 11...12, 11...24, 16...40])
    var eventsByID: [Identifier: Event] = [:]
    for event in visit.events where eventsByID[event.id.value] == nil {
      eventsByID[event.id.value] = event
    }
    for (index, agreement) in visit.agreements.enumerated() {
      try table.number(index + 1, column: 0)
      try table.text(agreement.title?.value ?? agreement.id.value.rawValue, column: 1)
      try table.text(labels.agreementKind(agreement.kind?.value), column: 2)
      try table.text(
        agreement.parties.map { names.organization($0.value) }.joined(separator: "\n"), column: 3)
      try table.text(
        agreement.signatories.map { names.person($0.value) }.joined(separator: "\n"), column: 4)
      let event = agreement.event.flatMap { eventsByID[$0.value] }
      if let date = event?.date {
        try table.date(date, column: 5)
      } else {
        try table.blank(column: 5)
      }
      try table.text(event.map(names.title(of:)) ?? "", column: 6)
      try table.text(agreement.goals.map { "— \($0.value)" }.joined(separator: "\n"), column: 7)
      table.nextRow()
    }
    return try table.finish(
      orientation: .portrait, pageTitle: names.visitTitle, labels: labels)
  }
}
