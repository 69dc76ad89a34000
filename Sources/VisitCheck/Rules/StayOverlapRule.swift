import VisitCore
import VisitDiagnostics

/// `stay-overlap` (warning): one person is in two stays that share a night —
/// booked into two hotels, or twice into one. At the later stay, the earlier
/// related, naming everyone in both.
///
/// - Complexity: O(stays² · people per stay); a visit has a handful of stays.
struct StayOverlapRule: CheckRule {
  var id: RuleID { .stayOverlap }

  func check(_ context: CheckContext) -> [Diagnostic] {
    let stays = context.visit.stays
    let lastDay = context.visit.lastProgrammeDay
    let people = stays.map { Set(context.people(of: $0.people)) }
    var result: [Diagnostic] = []
    for later in stays.indices {
      for earlier in 0..<later {
        guard let a = stays[earlier].from?.value, let b = stays[later].from?.value else {
          continue
        }
        let aEnd = stays[earlier].to?.value ?? lastDay
        let bEnd = stays[later].to?.value ?? lastDay
        // Nights [from, to): they share one when each starts before the other ends.
        guard a < (bEnd ?? a.adding(days: 1)), b < (aEnd ?? b.adding(days: 1)) else { continue }
        let shared = people[earlier].intersection(people[later]).sorted()
        guard !shared.isEmpty else { continue }
        let ids = shared.map { context.personIDs[Int($0)] }
        let names = Wording.people(ids.map(context.displayName(of:)))
        let first = Wording.site(stays[earlier].site?.value ?? "", in: context)
        let second = Wording.site(stays[later].site?.value ?? "", in: context)
        result.append(
          Diagnostic(
            .stayOverlap,
            LocalizedText(
              english: "\(names.english) \(ids.count > 1 ? "are" : "is") booked into "
                + "\(second.english) for nights already booked at \(first.english); "
                + "correct the dates or who stays",
              russian: "\(names.russian): размещение в \(second.russian) приходится на ночи, "
                + "уже забронированные в \(first.russian); исправьте даты или состав"),
            at: stays[later].location,
            related: Wording.note(
              "the other stay is here", "другое размещение — здесь", at: stays[earlier].location),
            people: ids))
      }
    }
    return result
  }
}
