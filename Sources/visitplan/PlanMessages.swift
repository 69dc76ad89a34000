import Foundation
import VisitCore
import VisitDiagnostics
import VisitLanguage
import VisitPlan

/// What `visitplan plan` says, in English and Russian.
enum PlanMessages {
  /// `19 июня 10:00–10:45  Посещение … (было: без времени)`.
  static func decision(_ decision: PlanOutcome.Decision, title: String, _ language: Language)
    -> String
  {
    let day = DateFormat.dayAndMonth(decision.date, language)
    let span = "\(decision.start)\u{2013}\(decision.end)"
    let was: String
    if let date = decision.wasDate, let start = decision.wasStart {
      let end = decision.wasEnd.map { "\u{2013}\($0)" } ?? ""
      was = "\(DateFormat.dayAndMonth(date, language)) \(start)\(end)"
    } else if let date = decision.wasDate {
      was =
        language == .russian
        ? "\(DateFormat.dayAndMonth(date, language)), без времени"
        : "\(DateFormat.dayAndMonth(date, language)), no time"
    } else {
      was = language == .russian ? "без даты и времени" : "no date or time"
    }
    let wasWord = language == .russian ? "было" : "was"
    return "\(day) \(span)  \(title) (\(wasWord): \(was))"
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
  static func figures(
    _ outcome: PlanOutcome, placed: Int, total: Int, repair: Bool,
    _ language: Language
  ) -> String {
    let seconds = String(format: "%.2f", outcome.seconds)
    let first = String(format: "%.3f", outcome.firstPlanSeconds)
    let ends = outcome.sumOfEnds
    if language == .russian {
      var line =
        "Поставлено событий: \(placed) из \(total) (сумма приоритетов \(outcome.priorityPlaced) из "
        + "\(outcome.priorityTotal)); сумма времён окончания от начала первого дня — \(ends) мин"
      if repair {
        line += "; перенесено событий: \(outcome.moved) (всего на \(outcome.minutesMoved) мин)"
      }
      line +=
        "; первый план за \(first.replacingComma) с, итоговый за \(seconds.replacingComma) с. "
      line +=
        outcome.isProven
        ? "Доказано, что план наилучший."
        : outcome.hitTimeLimit
          ? "Поиск остановлен по лимиту времени; не доказано, что план наилучший."
          : "Не доказано, что план наилучший."
      return line + "\n"
    }
    var line =
      "Events placed: \(placed) of \(total) (priority \(outcome.priorityPlaced) of "
      + "\(outcome.priorityTotal)); end times from the first day's start add up to \(ends) min"
    if repair { line += "; events moved: \(outcome.moved) (\(outcome.minutesMoved) min in all)" }
    line += "; first plan in \(first) s, final in \(seconds) s. "
    line +=
      outcome.isProven
      ? "The plan is proven best."
      : outcome.hitTimeLimit
        ? "The search stopped at the time limit; the plan is not proven best."
        : "The plan is not proven best."
    return line + "\n"
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
  static func cannotPlan(_ summary: DiagnosticSummary, repair: Bool, _ language: Language)
    -> String
  {
    let counts = summary.line(in: language)
    if language == .russian {
      return "visitplan: в файле есть ошибки (\(counts)); план не составлен. "
        + (repair
          ? "Исправьте ошибки, которые не касаются времени событий\n"
          : "Исправьте их или добавьте --repair, если они касаются времени событий\n")
    }
    return "visitplan: the visit has errors (\(counts)); no plan made. "
      + (repair
        ? "Fix the errors that are not about when events take place\n"
        : "Fix them, or add --repair when they are about when events take place\n")
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
