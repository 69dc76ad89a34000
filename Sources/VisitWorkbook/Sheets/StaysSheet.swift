import VisitCore
import VisitXLSX

/// `Размещение`: who sleeps where — the hotel and its address, who, check-in
/// and check-out, rooms, notes; one row per entry of `stays`, in file order.
enum StaysSheet {
  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let headers =
      WorkbookMessages.staysHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.accommodation, headers: headers,
      limits: [4...5, 20...34, 24...40, 11...12, 11...16, 8...9, 14...26])
    for (index, stay) in visit.stays.enumerated() {
      try table.number(index + 1, column: 0)
      var hotel: [String] = []
      if let site = stay.site?.value {
        hotel.append(names.site(site))
        if let address = names.sites[site]?.address?.value { hotel.append(address) }
      }
      try table.text(hotel.joined(separator: "\n"), column: 1)
      try table.text(names.people(in: stay.people), column: 2)
      if let from = stay.from?.value {
        try table.date(from, column: 3)
      } else {
        try table.blank(column: 3)
      }
      if let to = stay.to?.value {
        try table.date(to, column: 4)
      } else {
        try table.text(labels.toTheEnd, column: 4)
      }
      if let rooms = stay.rooms?.value {
        try table.number(rooms, column: 5)
      } else {
        try table.blank(column: 5, style: Styles.number)
      }
      try table.text(
        stay.twins.text("notes", original: stay.notes?.value, in: labels.language) ?? "",
        column: 6)
      table.nextRow()
    }
    return try table.finish(orientation: .portrait, pageTitle: names.visitTitle, labels: labels)
  }
}
