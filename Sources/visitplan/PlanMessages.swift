import Foundation
import VisitCore
import VisitDiagnostics
import VisitLanguage
import VisitPlan

/// What `visitplan plan` says, in English and Russian.
enum PlanMessages {
  /// `19 июня 10:00–10:45  Посещение … (было: без времени)`.
  static func decision(_ decision: PlanOutcome.Decision, title: String) -> LocalizedText {
    let span = "\(decision.start)\u{2013}\(decision.end)"
    func day(_ date: CalendarDate) -> LocalizedText {
      LocalizedText(
        english: DateFormat.dayAndMonth(date, .english),
        russian: DateFormat.dayAndMonth(date, .russian))
    }
    let was: LocalizedText
    if let date = decision.wasDate, let start = decision.wasStart {
      let end = decision.wasEnd.map { "\u{2013}\($0)" } ?? ""
      let when = day(date)
      was = LocalizedText(
        english: "\(when.english) \(start)\(end)", russian: "\(when.russian) \(start)\(end)")
    } else if let date = decision.wasDate {
      let when = day(date)
      was = LocalizedText(
        english: "\(when.english), no time", russian: "\(when.russian), без времени")
    } else {
      was = LocalizedText(english: "no date or time", russian: "без даты и времени")
    }
    let now = day(decision.date)
    return LocalizedText(
      english: "\(now.english) \(span)  \(title) (was: \(was.english))",
      russian: "\(now.russian) \(span)  \(title) (было: \(was.russian))")
  }

  /// `"Подписание" cannot be placed`.
  static func unplaceable(_ title: String) -> LocalizedText {
    LocalizedText(
      english: "\(Quote.english(title)) cannot be placed",
      russian: "событие \(Quote.russian(title)) не удаётся поставить в программу")
  }

  /// When the visit has no days to place anything on.
  static let noDays = LocalizedText(
    english: "the visit has no dates: give visit.start and visit.end, or a day block",
    russian: "у визита нет дат: укажите visit.start и visit.end или блок дня")

  /// An event whose placement the checker still objects to.
  static func checkerObjects(_ message: LocalizedText) -> LocalizedText {
    LocalizedText(
      english: "wherever the planner put it, the check objected: \(message.english)",
      russian: "куда бы планировщик его ни поставил, проверка возражала: \(message.russian)")
  }

  /// The figures at the end of the summary.
  static func figures(_ outcome: PlanOutcome, placed: Int, total: Int, repair: Bool)
    -> LocalizedText
  {
    let seconds = String(format: "%.2f", outcome.seconds)
    let first = String(format: "%.3f", outcome.firstPlanSeconds)
    let ends = outcome.sumOfEnds
    var russian =
      "Поставлено событий: \(placed) из \(total) (сумма приоритетов \(outcome.priorityPlaced) из "
      + "\(outcome.priorityTotal)); сумма времён окончания от начала первого дня — \(ends) мин"
    var english =
      "Events placed: \(placed) of \(total) (priority \(outcome.priorityPlaced) of "
      + "\(outcome.priorityTotal)); end times from the first day's start add up to \(ends) min"
    if repair {
      russian += "; перенесено событий: \(outcome.moved) (всего на \(outcome.minutesMoved) мин)"
      english += "; events moved: \(outcome.moved) (\(outcome.minutesMoved) min in all)"
    }
    russian +=
      "; первый план за \(first.replacingComma) с, итоговый за \(seconds.replacingComma) с. "
    english += "; first plan in \(first) s, final in \(seconds) s. "
    let verdict =
      outcome.isProven
      ? LocalizedText(english: "The plan is proven best.", russian: "Доказано, что план наилучший.")
      : outcome.hitTimeLimit
        ? LocalizedText(
          english: "The search stopped at the time limit; the plan is not proven best.",
          russian: "Поиск остановлен по лимиту времени; не доказано, что план наилучший.")
        : LocalizedText(
          english: "The plan is not proven best.", russian: "Не доказано, что план наилучший.")
    return LocalizedText(
      english: english + verdict.english + "\n", russian: russian + verdict.russian + "\n")
  }

  /// Nothing to plan.
  static let nothingToPlan = LocalizedText(
    english: "every event already has a time; nothing to plan",
    russian: "у всех событий уже есть время; планировать нечего")

  /// The plan was not written because the check of it found problems.
  static let checkFailed = LocalizedText(
    english: "the planned file did not pass the check; nothing written. Please report this "
      + "with the visit file",
    russian: "запланированный файл не прошёл проверку; ничего не записано. Сообщите об этом, "
      + "приложив файл визита")

  /// The edited text did not say what was decided.
  static let editsUnsafe = LocalizedText(
    english: "the plan could not be written into this file's layout safely; nothing written. "
      + "Write the events as block mappings, one key per line, and try again",
    russian: "план не удалось безопасно вписать в разметку этого файла; ничего не записано. "
      + "Запишите события блочными отображениями, по ключу на строку, и повторите")

  /// --repair could not mend every error.
  static let repairIncomplete = LocalizedText(
    english: "--repair could not mend these errors (fixed events, or events with nowhere to "
      + "go); nothing written. Unfix an event, or change what the notes name",
    russian: "--repair не смог исправить эти ошибки (закреплённые события или события, которым "
      + "некуда переместиться); ничего не записано. Снимите закрепление или измените то, что "
      + "названо в замечаниях")

  /// Errors that --repair cannot fix.
  static func cannotPlan(_ summary: DiagnosticSummary, repair: Bool) -> LocalizedText {
    let counts = summary.text
    return LocalizedText(
      english: "visitplan: the visit has errors (\(counts.english)); no plan made. "
        + (repair
          ? "Fix the errors that are not about when events take place\n"
          : "Fix them, or add --repair when they are about when events take place\n"),
      russian: "visitplan: в файле есть ошибки (\(counts.russian)); план не составлен. "
        + (repair
          ? "Исправьте ошибки, которые не касаются времени событий\n"
          : "Исправьте их или добавьте --repair, если они касаются времени событий\n"))
  }

  static func badTimeLimit(_ text: String) -> String {
    "--time-limit \(text): give seconds, like 5s, 500ms, 2m or 10 (seconds), from 0.01 s to 1 h"
  }
}

extension String {
  /// "0.21" → "0,21", as Russian writes decimals.
  fileprivate var replacingComma: String {
    String(map { $0 == "." ? "," : $0 })
  }
}
