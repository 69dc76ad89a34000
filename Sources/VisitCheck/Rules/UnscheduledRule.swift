import VisitCore
import VisitDiagnostics

/// `unscheduled` (note): an event has no time, or no day yet. Reports list it
/// as "time to be confirmed"; the planner fills it in. An event whose time is
/// written but invalid is not reported again here.
struct UnscheduledRule: CheckRule {
  var id: RuleID { .unscheduled }

  func check(_ context: CheckContext) -> [Diagnostic] {
    (0..<context.eventCount).compactMap { index in
      let hasDay = context.day(of: index) != nil
      guard !hasDay || context.minutes(of: index) == nil else { return nil }
      let event = context.event(index)
      // A time that could not be read is reported as invalid already.
      guard !(hasDay && event.isTimeWritten) else { return nil }
      let name = Wording.event(event)
      let message =
        hasDay
        ? LocalizedText(
          english: "\(name.english) has no time yet; it is listed as \"time to be confirmed\"",
          russian: "у события \(name.russian) ещё нет времени; оно значится как «время уточняется»")
        : LocalizedText(
          english: "\(name.english) has no day yet; it is listed as \"date to be confirmed\"",
          russian: "у события \(name.russian) ещё нет дня; оно значится как «дата уточняется»")
      return Diagnostic(.unscheduled, message, at: event.location, events: [event.id.value])
    }
  }
}
