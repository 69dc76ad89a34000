import VisitCore
import VisitXLSX

/// `Подарки`: the register of protocol gifts — date, event, item, from, to,
/// value, and whether it was handed over in person.
enum GiftsSheet {
  static func make(_ visit: Visit, names: VisitNames, labels: Labels) throws(XLSXError) -> Worksheet
  {
    let headers =
      WorkbookMessages.giftsHeadings.map(labels.text)
    var table = try TableSheet(
      name: labels.gifts, headers: headers,
      limits: [4...5, 11...12, 16...30, 16...30, 12...24, 12...24, 9...14, 10...14])
    var number = 0
    for event in AttendanceSheet.orderedEvents(visit) {
      for gift in event.gifts {
        number += 1
        try table.number(number, column: 0)
        if let date = event.date {
          try table.date(date, column: 1)
        } else {
          try table.blank(column: 1)
        }
        try table.text(names.title(of: event), column: 2)
        try table.text(gift.item?.value ?? "", column: 3)
        try table.text(gift.from.map { names.party($0.value) } ?? "", column: 4)
        try table.text(gift.to.map { names.party($0.value) } ?? "", column: 5)
        try table.text(gift.value?.value ?? "", column: 6)
        try table.text(gift.isInPerson ? labels.yes : labels.notInPerson, column: 7)
        table.nextRow()
      }
    }
    return try table.finish(
      orientation: .portrait, pageTitle: names.visitTitle, labels: labels)
  }
}
