import VisitCore
import VisitDiagnostics

/// How many attendances a file may name: one person at one event is one,
/// and the group words `delegation` and `hosts` count as all their people.
///
/// Group words and aliases multiply. A delegation of five thousand in seven
/// thousand events is 35 million attendances from a 1 MB file; a list of
/// fifty people aliased into seventeen thousand events is 850,000 names
/// printed in every programme. Every later step works per attendance —
/// timelines, the attendance sheet — and the documents per name. Like alias
/// bombs, these are shapes no protocol office writes (a forum of 200,000
/// events with three speakers each names 600,000 attendances in 58 MB), so
/// a file is refused, at the event that passes the line, when
/// - its attendances, group words expanded, pass twice its size in bytes
///   or a million, whichever is more; or
/// - the people and organizations named one by one (aliases counted as
///   often as they are used), which documents print by name, pass a
///   quarter of its size in bytes or 200,000, whichever is more.
enum AttendanceBudget {
  static func totalLimit(forSize bytes: Int) -> Int {
    max(1_000_000, 2 * bytes)
  }

  static func namedLimit(forSize bytes: Int) -> Int {
    max(200_000, bytes / 4)
  }

  /// The diagnostic for the event that passes a limit, or nil.
  static func check(_ visit: Visit, sourceSize bytes: Int) -> Diagnostic? {
    let totalLimit = totalLimit(forSize: bytes)
    let namedLimit = namedLimit(forSize: bytes)
    let delegation = visit.people.count { $0.side?.value == .delegation }
    let hosts = visit.people.count { $0.side?.value == .host }
    var total = 0
    var named = 0
    func refusal(_ event: Event) -> Diagnostic? {
      for participant in event.participants {
        switch participant.value {
        case .delegation: total += delegation
        case .hosts: total += hosts
        case .entity:
          total += 1
          named += 1
        }
      }
      let location = event.location ?? event.participants.first?.location ?? .startOfFile
      if total > totalLimit {
        return LoaderMessages.tooManyAttendances(limit: totalLimit, at: location)
      }
      if named > namedLimit {
        return LoaderMessages.tooManyNamedParticipants(limit: namedLimit, at: location)
      }
      return nil
    }
    for day in visit.days {
      for event in day.events {
        if let refusal = refusal(event) { return refusal }
      }
    }
    for event in visit.unscheduled {
      if let refusal = refusal(event) { return refusal }
    }
    return nil
  }
}
