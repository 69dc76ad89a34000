import VisitCore
import VisitDiagnostics

/// `no-stay` (note): a delegation member has no stay for a night between two
/// programme days. Only in a file that lists `stays` at all: a programme
/// that does not deal with accommodation is not asked about it. One
/// diagnostic per night, at the day before it, naming everyone without a bed.
struct NoStayRule: CheckRule {
  var id: RuleID { .noStay }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let visit = context.visit
    guard !visit.stays.isEmpty, let lastDay = visit.lastProgrammeDay else { return [] }
    let members = context.people.delegation.compactMap { context.personIndex[$0] }
    guard !members.isEmpty else { return [] }
    let staying = visit.stays.map { Set(context.people(of: $0.people)) }
    var result: [Diagnostic] = []
    var reported: Set<CalendarDate> = []
    for day in visit.days {
      guard let date = day.date?.value, date < lastDay, reported.insert(date).inserted else {
        continue
      }
      let homeless = members.filter { person in
        !visit.stays.indices.contains { index in
          staying[index].contains(Int32(person))
            && visit.stays[index].coversNight(date, lastDay: lastDay)
        }
      }
      guard !homeless.isEmpty else { continue }
      let ids = homeless.map { context.personIDs[$0] }
      let names = Wording.people(ids.map(context.displayName(of:)))
      let night = Wording.date(date)
      result.append(
        Diagnostic(
          .noStay,
          LocalizedText(
            english: "\(names.english) \(ids.count > 1 ? "have" : "has") no stay for the night "
              + "after \(night.english); add them to an entry of \"stays\"",
            russian: "не указано размещение на ночь после \(night.russian): \(names.russian); "
              + "добавьте \(ids.count > 1 ? "их" : "участника") в одну из записей «stays»"),
          at: day.date?.location ?? day.location, people: ids))
    }
    return result
  }
}
