import VisitCore
import VisitDiagnostics

/// How many attendances a file may name: one person at one event is one,
/// and the group words `delegation` and `hosts` count as all their people.
///
/// Group words multiply. A delegation of five thousand in seven thousand
/// events is 35 million attendances from a 1 MB file, and every later step
/// — timelines, the attendance sheet, the counts — works per attendance.
/// Like aliases, this is a shape no protocol office writes (a forum of
/// 200,000 events with three speakers each names 600,000 attendances in
/// 58 MB), so a file that names more than twice its size in bytes, or a
/// million, whichever is more, is refused with a message at the event
/// where the count passes the limit.
enum AttendanceBudget {
  static let minimum = 1_000_000

  static func limit(forSize bytes: Int) -> Int {
    max(minimum, 2 * bytes)
  }

  /// The diagnostic for the event that passes the limit, or nil.
  static func check(_ visit: Visit, sourceSize bytes: Int) -> Diagnostic? {
    let limit = limit(forSize: bytes)
    let delegation = visit.people.count { $0.side?.value == .delegation }
    let hosts = visit.people.count { $0.side?.value == .host }
    var total = 0
    func exceeds(_ event: Event) -> Bool {
      for participant in event.participants {
        switch participant.value {
        case .delegation: total += delegation
        case .hosts: total += hosts
        case .entity: total += 1
        }
      }
      return total > limit
    }
    for day in visit.days {
      for event in day.events where exceeds(event) {
        return LoaderMessages.tooManyAttendances(
          limit: limit, at: event.participants.first?.location ?? event.location ?? .startOfFile)
      }
    }
    for event in visit.unscheduled where exceeds(event) {
      return LoaderMessages.tooManyAttendances(
        limit: limit, at: event.participants.first?.location ?? event.location ?? .startOfFile)
    }
    return nil
  }
}
