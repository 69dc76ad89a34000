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
    // The lists are read in place: copying each half-kilobyte event out of
    // its day, as a for-in over events does, was most of this pass.
    func refusal(_ participants: [Located<Participant>], at eventLocation: SourceLocation?)
      -> Diagnostic?
    {
      for participant in participants {
        switch participant.value {
        case .delegation: total += delegation
        case .hosts: total += hosts
        case .entity:
          total += 1
          named += 1
        }
      }
      let location = eventLocation ?? participants.first?.location ?? .startOfFile
      if total > totalLimit {
        return LoaderMessages.tooManyAttendances(limit: totalLimit, at: location)
      }
      if named > namedLimit {
        return LoaderMessages.tooManyNamedParticipants(limit: namedLimit, at: location)
      }
      return nil
    }
    for day in visit.days {
      for index in day.events.indices {
        let found = refusal(day.events[index].participants, at: day.events[index].location)
        if let found { return found }
      }
    }
    for index in visit.unscheduled.indices {
      let event = (visit.unscheduled[index].participants, visit.unscheduled[index].location)
      if let found = refusal(event.0, at: event.1) { return found }
    }
    return nil
  }
}
