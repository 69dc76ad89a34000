import VisitCore
import VisitDiagnostics

/// Every message the loader gives, in English and Russian, written for the
/// person who edits the file: what is wrong, where, and what to write instead.
enum LoaderMessages {
  /// Why a file could not be read at all: one line, what is wrong and what to do.
  static func cannotRead(_ path: String, _ reason: LoadError.Reason) -> LocalizedText {
    switch reason {
    case .notFound:
      LocalizedText(
        english: "\(path): no such file; check the path",
        russian: "\(path): файл не найден; проверьте путь")
    case .isDirectory:
      LocalizedText(
        english: "\(path): is a folder, not a visit file; give the path of a .visit.yaml file",
        russian: "\(path): это папка, а не файл визита; укажите путь к файлу .visit.yaml")
    case .notReadable(let detail):
      LocalizedText(
        english: "\(path): cannot be read (\(detail)); check its permissions",
        russian: "\(path): не удаётся прочитать (\(detail)); проверьте права доступа")
    case .tooLarge(let limit):
      LocalizedText(
        english: "\(path): larger than \(limit / 1_048_576) MB; a visit file is never that large",
        russian: "\(path): больше \(limit / 1_048_576) МБ; файл визита не бывает таким большим")
    }
  }

  /// "; did you mean "x"?" or nothing.
  static func suggestion(_ candidate: String?) -> LocalizedText {
    guard let candidate else { return LocalizedText(english: "", russian: "") }
    return LocalizedText(
      english: "; did you mean \(Quote.english(candidate))?",
      russian: "; возможно, имелось в виду \(Quote.russian(candidate))?")
  }

  // MARK: - yaml-syntax

  static func notUTF8(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .yamlSyntax,
      LocalizedText(
        english: "the file is not UTF-8 text (the first byte that is not is here); "
          + "save it as UTF-8 in your editor",
        russian: "файл не в кодировке UTF-8 (первый неверный байт — здесь); "
          + "сохраните его в редакторе в кодировке UTF-8"),
      at: location)
  }

  static func unreadableCharacter(_ problem: String, value: Int32, at location: SourceLocation)
    -> Diagnostic
  {
    let hex = String(value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    if problem.contains("control characters") {
      return Diagnostic(
        .yamlSyntax,
        LocalizedText(
          english: "the file contains a control character (\(code)) that YAML does not allow; "
            + "is it really a text file? Remove the character",
          russian: "в файле управляющий символ (\(code)), недопустимый в YAML; "
            + "это точно текстовый файл? Удалите этот символ"),
        at: location)
    }
    return yamlProblem(problem, at: location)
  }

  static func yamlProblem(
    _ problem: String, at location: SourceLocation?, context: String? = nil,
    contextLocation: SourceLocation? = nil
  ) -> Diagnostic {
    let explained = explain(problem: problem, context: context)
    var related: [RelatedNote] = []
    if let contextLocation, let context, contextLocation != location {
      related.append(
        RelatedNote(
          LocalizedText(
            english: "the YAML parser was reading this (\(context))",
            russian: "разбор YAML начат здесь (\(context))"), at: contextLocation))
    }
    return Diagnostic(.yamlSyntax, explained, at: location, related: related)
  }

  /// libyaml's terse problems, said the way a person editing the file needs them.
  private static func explain(problem: String, context: String?) -> LocalizedText {
    switch problem {
    case "mapping values are not allowed in this context":
      return LocalizedText(
        english: "a colon followed by a space is not allowed here; "
          + "if a value contains \": \", put the value in quotes",
        russian: "здесь не может стоять двоеточие с пробелом; "
          + "если значение содержит «: », заключите его в кавычки")
    case "did not find expected key":
      return LocalizedText(
        english: "this line does not continue the mapping above it; "
          + "check its indentation and that it reads \"key: value\"",
        russian: "строка не продолжает отображение над ней; "
          + "проверьте отступ и вид «ключ: значение»")
    case "found character that cannot start any token":
      return LocalizedText(
        english: "a character that cannot start a YAML value; "
          + "tabs are not allowed for indentation, use spaces",
        russian: "символ, с которого не может начинаться значение YAML; "
          + "в отступах допустимы только пробелы, не табуляция")
    case "found undefined alias":
      return LocalizedText(
        english: "an alias (*name) refers to an anchor (&name) that is not defined above it",
        russian: "ссылка (*имя) указывает на якорь (&имя), который не определён выше")
    case "but found another document":
      return LocalizedText(
        english: "the file holds more than one YAML document (---); a visit file holds one",
        russian: "в файле больше одного документа YAML (---); файл визита — один документ")
    case "block sequence entries are not allowed in this context":
      return LocalizedText(
        english: "a list item (- …) is not allowed here; check the indentation",
        russian: "элемент списка (- …) здесь недопустим; проверьте отступы")
    case "could not find expected ':'":
      return LocalizedText(
        english: "a key is missing its colon (key: value), or is longer than YAML's limit "
          + "of 1024 characters",
        russian: "после ключа нет двоеточия (ключ: значение), или ключ длиннее предела YAML "
          + "в 1024 знака")
    case "found unexpected end of stream":
      return LocalizedText(
        english: "the file ends inside a value; a quote or bracket is not closed",
        russian: "файл кончается посреди значения: не закрыта кавычка или скобка")
    case "found unknown escape character":
      return LocalizedText(
        english: "an unknown escape (\\…) in a double-quoted value; "
          + "write \\\\ for a backslash or use single quotes",
        russian: "неизвестная escape-последовательность (\\…) в значении в двойных кавычках; "
          + "пишите \\\\ для обратной косой черты или используйте одинарные кавычки")
    default:
      if problem.contains("Maximum nesting level") {
        return LocalizedText(
          english: "the file nests values more than 1000 levels deep; a visit file never does",
          russian: "вложенность значений в файле глубже 1000 уровней; в файле визита так не бывает")
      }
      if problem.hasPrefix("did not find expected ',' or") {
        return LocalizedText(
          english: "a list or mapping in brackets is not closed, or lacks a comma between items",
          russian: "не закрыта скобка списка или отображения, или между элементами нет запятой")
      }
      let detail = [context, problem].compactMap { $0 }.joined(separator: ": ")
      return LocalizedText(
        english: "the file is not valid YAML: \(detail)",
        russian: "файл не является корректным YAML: \(detail)")
    }
  }

  /// Aliases that expand to far more values than the file has bytes: an
  /// alias bomb, or a file no protocol office writes.
  static func aliasExpansion(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .yamlSyntax,
      LocalizedText(
        english: "the file's aliases (*name) expand to more than \(limit) values by here; "
          + "the file is refused (a visit file needs few aliases, if any)",
        russian: "ссылки (*имя) в файле к этому месту разворачиваются более чем в \(limit) "
          + "значений; файл отклонён (файлу визита ссылки почти не нужны)"),
      at: location)
  }

  /// Aliases that repeat a long text so often that every later step would
  /// work through megabytes the file does not hold.
  static func aliasTextExpansion(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .yamlSyntax,
      LocalizedText(
        english: "the file's aliases (*name) repeat more than \(limit) bytes of text by here; "
          + "the file is refused (write a long text once, not through many aliases)",
        russian: "ссылки (*имя) в файле к этому месту повторяют более \(limit) байт текста; "
          + "файл отклонён (длинный текст пишите один раз, а не через множество ссылок)"),
      at: location)
  }

  /// Participant lists that, group words counted as their people, name
  /// more attendances than a file of this size can mean (`AttendanceBudget`).
  static func tooManyAttendances(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .invalidValue,
      LocalizedText(
        english: "by this event the participant lists name more than \(limit) attendances "
          + "(\"delegation\" and \"hosts\" count as all their people); the file is refused, "
          + "as no visit is that large — list the people who attend, or name a large "
          + "audience as an organization",
        russian: "к этому событию списки участников называют более \(limit) участий "
          + "(«delegation» и «hosts» считаются всеми своими людьми); файл отклонён, "
          + "такого большого визита не бывает — перечислите тех, кто участвует, или "
          + "укажите большую аудиторию как организацию"),
      at: location)
  }

  /// Participant lists that name more people one by one than documents of a
  /// file this size can print (`AttendanceBudget`); aliases count each use.
  static func tooManyNamedParticipants(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .invalidValue,
      LocalizedText(
        english: "by this event the participant lists name people and organizations more "
          + "than \(limit) times (an alias counts each time it is used); the file is refused, "
          + "as no visit is that large — list each event's own participants, or use "
          + "\"delegation\" and \"hosts\" for whole sides",
        russian: "к этому событию списки участников называют людей и организации более "
          + "\(limit) раз (ссылка считается при каждом использовании); файл отклонён, такого "
          + "большого визита не бывает — перечислите участников каждого события или "
          + "используйте «delegation» и «hosts» для целых сторон"),
      at: location)
  }

  static func duplicateKey(_ key: String, at location: SourceLocation, first: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .yamlSyntax,
      LocalizedText(
        english: "the key \(Quote.english(key)) is given twice in one mapping; "
          + "keep one (the first is used)",
        russian: "ключ \(Quote.russian(key)) указан дважды в одном отображении; "
          + "оставьте один (используется первый)"),
      at: location,
      related: [
        RelatedNote(
          LocalizedText(english: "first given here", russian: "впервые указан здесь"), at: first)
      ])
  }

  // MARK: - format-version

  static func emptyFile() -> Diagnostic {
    Diagnostic(
      .formatVersion,
      LocalizedText(
        english: "the file is empty; a visit file starts with \"format: visitplan/1\" "
          + "and a \"visit:\" section",
        russian: "файл пуст; файл визита начинается со строки «format: visitplan/1» "
          + "и раздела «visit:»"),
      at: .startOfFile)
  }

  static func formatMissing() -> Diagnostic {
    Diagnostic(
      .formatVersion,
      LocalizedText(
        english: "the file does not say its format; add \"format: visitplan/1\" as its first line",
        russian: "в файле не указан формат; добавьте первой строкой «format: visitplan/1»"),
      at: .startOfFile)
  }

  static func formatUnsupported(_ value: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .formatVersion,
      LocalizedText(
        english: "the format \(Quote.english(value)) is not one this version of visitplan reads; "
          + "it reads \"\(Visit.supportedFormat)\"",
        russian: "формат \(Quote.russian(value)) эта версия visitplan не читает; "
          + "она читает «\(Visit.supportedFormat)»"),
      at: location)
  }

  // MARK: - unknown-key, missing-field

  static func unknownKey(
    _ key: String, in object: ObjectSpec, suggestion candidate: String?, at location: SourceLocation
  ) -> Diagnostic {
    let hint = suggestion(candidate)
    let fallbackEnglish =
      candidate == nil ? "; keys of your own must start with \"x-\"" : ""
    let fallbackRussian =
      candidate == nil ? "; собственные ключи должны начинаться с «x-»" : ""
    return Diagnostic(
      .unknownKey,
      LocalizedText(
        english: "unknown key \(Quote.english(key)) \(object.context.english)"
          + "\(hint.english)\(fallbackEnglish)",
        russian: "неизвестный ключ \(Quote.russian(key)) \(object.context.russian)"
          + "\(hint.russian)\(fallbackRussian)"),
      at: location)
  }

  static func missingField(_ key: String, in object: ObjectSpec, at location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .missingField,
      LocalizedText(
        english: "\(Quote.english(key)) is required \(object.context.english); add \"\(key): …\"",
        russian: "\(object.context.russian.capitalizedFirst) требуется ключ \(Quote.russian(key)); "
          + "добавьте «\(key): …»"),
      at: location)
  }

  static func emptyRequired(_ key: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingField,
      LocalizedText(
        english: "\(Quote.english(key)) is empty; write its value after the colon",
        russian: "значение \(Quote.russian(key)) пусто; впишите его после двоеточия"),
      at: location)
  }

  static func personWithoutNameOrPosition(_ id: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingField,
      LocalizedText(
        english: "the person \(Quote.english(id)) has neither \"name\" nor \"position\"; "
          + "give at least the position (\"представитель совета ветеранов\")",
        russian: "у участника \(Quote.russian(id)) нет ни «name», ни «position»; "
          + "укажите хотя бы должность («представитель совета ветеранов»)"),
      at: location)
  }

  static func endWithoutStart(_ key: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingField,
      LocalizedText(
        english: "\(Quote.english(key)) is given without \"start\"; add \"start: …\"",
        russian: "\(Quote.russian(key)) указан без «start»; добавьте «start: …»"),
      at: location)
  }

  // MARK: - invalid-value

  static func invalid(_ english: String, _ russian: String, at location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(.invalidValue, LocalizedText(english: english, russian: russian), at: location)
  }

  static func topLevelNotMapping(_ found: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "a visit file is a mapping of sections (format:, visit:, days: …), but this file holds "
        + "\(found)",
      "файл визита — отображение разделов (format:, visit:, days: …), а в этом файле "
        + "\(found == "a list" ? "список" : "одиночное значение")",
      at: location)
  }

  static func expected(_ shape: Shape, for key: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(key)) should be \(shape.english)",
      "\(Quote.russian(key)) должно быть \(shape.russian)", at: location)
  }

  /// What kind of YAML value a key expects.
  enum Shape {
    case text, mapping, list, listOfMappings

    var english: String {
      switch self {
      case .text: "a single value (text, a number, a date), not a list or mapping"
      case .mapping: "a mapping (key: value lines)"
      case .list: "a list ([a, b] or lines starting with \"- \")"
      case .listOfMappings: "a list of mappings (\"- key: value\")"
      }
    }

    var russian: String {
      switch self {
      case .text: "одиночным значением (текст, число, дата), а не списком или отображением"
      case .mapping: "отображением (строки «ключ: значение»)"
      case .list: "списком ([a, b] или строки, начинающиеся с «- »)"
      case .listOfMappings: "списком отображений («- ключ: значение»)"
      }
    }
  }

  static func keyNotText(at location: SourceLocation) -> Diagnostic {
    invalid(
      "a key must be a single word or text, not a list or mapping",
      "ключ должен быть словом или текстом, а не списком или отображением", at: location)
  }

  static func invalidIdentifier(_ id: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(id)) is not a valid id; ids use lowercase Latin letters, digits and "
        + "hyphens, start with a letter or digit, and are at most 64 characters "
        + "(e.g. \"zhevlakov\", \"house-museum\")",
      "\(Quote.russian(id)) — недопустимый идентификатор; идентификатор состоит из строчных "
        + "латинских букв, цифр и дефисов, начинается с буквы или цифры, не длиннее 64 знаков "
        + "(например, «zhevlakov», «house-museum»)", at: location)
  }

  static func invalidDate(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a date; write an existing date as YYYY-MM-DD, e.g. 2018-06-19",
      "\(Quote.russian(text)) — не дата; укажите существующую дату в виде ГГГГ-ММ-ДД, "
        + "например 2018-06-19", at: location)
  }

  static func invalidTime(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a time of day; write hours and minutes, 00:00 to 23:59 "
        + "(24:00 only as an end), e.g. 10:00",
      "\(Quote.russian(text)) — не время суток; укажите часы и минуты от 00:00 до 23:59 "
        + "(24:00 — только как окончание), например 10:00", at: location)
  }

  static func invalidTimeRange(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a time range; write start and end, e.g. 10:00-11:30",
      "\(Quote.russian(text)) — не интервал времени; укажите начало и конец, например 10:00-11:30",
      at: location)
  }

  static func invalidDuration(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a duration; write e.g. 90m, 1h or 1h30m",
      "\(Quote.russian(text)) — не продолжительность; пишите, например, 90m, 1h или 1h30m",
      at: location)
  }

  static func nonPositiveDuration(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "the duration \(Quote.english(text)) must be longer than zero",
      "продолжительность \(Quote.russian(text)) должна быть больше нуля", at: location)
  }

  static func endsAfterMidnight(at location: SourceLocation) -> Diagnostic {
    invalid(
      "the event would end after midnight; end it by 24:00 and continue on the next day",
      "событие закончилось бы после полуночи; завершите его к 24:00 и продолжите на следующий день",
      at: location)
  }

  static func conflictingTimeKeys(_ key: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(key)) conflicts with the other time keys of this event; write either "
        + "\"time: 10:00-11:30\" (\"time: 10:20\" when the end is not known, \"time: all-day\" "
        + "for the whole day), or \"start\" with one of \"end\" or \"duration\"",
      "\(Quote.russian(key)) противоречит другим ключам времени этого события; пишите либо "
        + "«time: 10:00-11:30» («time: 10:20», если окончание неизвестно, «time: all-day» — "
        + "на весь день), либо «start» с одним из «end» или «duration»", at: location)
  }

  static func invalidInteger(_ text: String, minimum: Int, at location: SourceLocation)
    -> Diagnostic
  {
    if let number = Int(text), number < minimum {
      return invalid(
        "\(Quote.english(text)) is too small; the least allowed is \(minimum)",
        "\(Quote.russian(text)) — слишком мало; наименьшее допустимое значение — \(minimum)",
        at: location)
    }
    return invalid(
      "\(Quote.english(text)) is not a whole number", "\(Quote.russian(text)) — не целое число",
      at: location)
  }

  static func invalidNumber(
    _ text: String, from lowest: String, to highest: String, at location: SourceLocation
  ) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a number from \(lowest) to \(highest); "
        + "write it with a dot, e.g. 1.3",
      "\(Quote.russian(text)) — не число от \(lowest) до \(highest); "
        + "пишите с точкой, например 1.3", at: location)
  }

  static func invalidBoolean(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is neither true nor false",
      "\(Quote.russian(text)) — ни true, ни false", at: location)
  }

  static func invalidChoice(
    _ text: String, key: String, allowed: [String], at location: SourceLocation
  ) -> Diagnostic {
    let hint = suggestion(SpellingSuggestion.closest(to: text, among: allowed))
    let list = allowed.joined(separator: ", ")
    return invalid(
      "\(Quote.english(text)) is not a value of \(Quote.english(key)); it is one of: \(list)"
        + hint.english,
      "\(Quote.russian(text)) — недопустимое значение \(Quote.russian(key)); допустимы: \(list)"
        + hint.russian, at: location)
  }

  static func invalidTimezone(
    _ text: String, suggestion candidate: String?, at location: SourceLocation
  )
    -> Diagnostic
  {
    let hint = suggestion(candidate)
    return invalid(
      "\(Quote.english(text)) is not an IANA time zone name such as \"Europe/Moscow\""
        + hint.english,
      "\(Quote.russian(text)) — не название часового пояса IANA, такое как «Europe/Moscow»"
        + hint.russian, at: location)
  }

  static func invalidGeo(at location: SourceLocation) -> Diagnostic {
    invalid(
      "\"geo\" is [latitude, longitude] in decimal degrees, latitude −90…90, longitude −180…180, "
        + "e.g. [52.57, 38.28]",
      "«geo» — это [широта, долгота] в десятичных градусах, широта −90…90, долгота −180…180, "
        + "например [52.57, 38.28]", at: location)
  }

  static func invalidHours(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not opening hours; write \"09:00-17:00\", several ranges "
        + "separated by commas, or \"closed\"",
      "\(Quote.russian(text)) — не часы работы; пишите «09:00-17:00», несколько интервалов "
        + "через запятую или «closed»", at: location)
  }

  static func invalidWeekdays(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a weekday or a range of weekdays; write e.g. mon-fri, sat, "
        + "sun (or пн-пт, сб, вс)",
      "\(Quote.russian(text)) — не день недели и не диапазон дней; пишите, например, mon-fri, "
        + "sat, sun (или пн-пт, сб, вс)", at: location)
  }

  static func weekdayRepeated(_ weekday: Weekday, at location: SourceLocation) -> Diagnostic {
    invalid(
      "the hours for \(weekday.rawValue) are given twice; give each weekday once",
      "часы работы на \(weekday.russianAbbreviation) указаны дважды; укажите каждый день один раз",
      at: location)
  }

  static func unknownRule(_ slug: String, at location: SourceLocation) -> Diagnostic {
    let hint = suggestion(SpellingSuggestion.closest(to: slug, among: RuleID.all.map(\.slug)))
    return invalid(
      "\(Quote.english(slug)) is not the name of a check rule" + hint.english,
      "\(Quote.russian(slug)) — не название правила проверки" + hint.russian, at: location)
  }

  static func ruleNotSilenceable(_ slug: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "the rule \(Quote.english(slug)) is about the file itself and cannot be silenced; "
        + "fix what it reports instead",
      "правило \(Quote.russian(slug)) касается самого файла, и отключить его нельзя; "
        + "исправьте то, о чём оно сообщает", at: location)
  }

  static func invalidEventTime(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not an event time; write a range (10:00-11:30), a start whose "
        + "end is not known (10:20, 11 am) or \"all-day\"",
      "\(Quote.russian(text)) — не время события; укажите интервал (10:00-11:30), начало без "
        + "известного окончания (10:20) или «в течение дня»", at: location)
  }

  static func invalidMoment(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a date and time; write e.g. \"2018-06-18 14:30\" or "
        + "\"2018-06-18\"",
      "\(Quote.russian(text)) — не дата и время; укажите, например, «2018-06-18 14:30» или "
        + "«2018-06-18»", at: location)
  }

  static func leavesBeforeArriving(_ arrives: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\"leaves\" is before \"arrives\" (\(arrives)); a person leaves after arriving: swap them "
        + "or correct the date",
      "«leaves» раньше «arrives» (\(arrives)): участник уезжает после приезда; поменяйте их "
        + "местами или исправьте дату", at: location)
  }

  static func stayEndsBeforeStart(_ from: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "the stay's \"to\" is before its \"from\" (\(from)); write the check-out date, on or "
        + "after check-in, or leave \"to\" out for a stay until the end of the visit",
      "«to» размещения раньше его «from» (\(from)); укажите дату выезда не раньше заезда или "
        + "уберите «to», если размещение — до конца визита", at: location)
  }

  static func toOnlyOnLegs(at location: SourceLocation) -> Diagnostic {
    invalid(
      "\"to\" is where a leg ends, and this event is not a leg; write \"kind: travel\", "
        + "\"arrival\" or \"departure\", or give the venue as \"site\"",
      "«to» — конечная точка переезда, а это событие не переезд; укажите «kind: travel», "
        + "«arrival» или «departure» либо задайте место через «site»", at: location)
  }

  static func legGoesNowhere(_ id: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "the leg starts and ends at \(Quote.english(id)); give where it goes in \"to\", or "
        + "leave \"from\"/\"to\" out",
      "переезд начинается и заканчивается в \(Quote.russian(id)); укажите в «to», куда он "
        + "ведёт, или уберите «from»/«to»", at: location)
  }

  static func roomInsideItself(_ id: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "the site \(Quote.english(id)) is inside itself through \"in\"; \"in\" names the "
        + "building the room is in",
      "площадка \(Quote.russian(id)) через «in» оказывается внутри самой себя; в «in» "
        + "указывается здание, в котором находится помещение", at: location)
  }

  static func roomInOtherPlace(_ id: String, building: String, at location: SourceLocation)
    -> Diagnostic
  {
    invalid(
      "the room \(Quote.english(id)) is in \(Quote.english(building)) but gives another "
        + "\"place\"; a room is where its building is: remove \"place\" or \"in\"",
      "помещение \(Quote.russian(id)) находится в \(Quote.russian(building)), но указывает "
        + "другое «place»; помещение находится там же, где здание: уберите «place» или «in»",
      at: location)
  }

  static func sideNamesNoDelegation(
    _ side: String, delegations: [String], suggestion candidate: String?,
    at location: SourceLocation
  ) -> Diagnostic {
    let hint = suggestion(candidate)
    let known = delegations.isEmpty ? "" : ", " + delegations.joined(separator: ", ")
    return invalid(
      "\(Quote.english(side)) is neither a side nor a delegation; write delegation, host, "
        + "guest\(known)\(hint.english)",
      "\(Quote.russian(side)) — не сторона и не делегация; укажите delegation, host, "
        + "guest\(known)\(hint.russian)", at: location)
  }

  static func twinInOwnLanguage(
    _ key: String, base: String, language: Language, at location: SourceLocation
  ) -> Diagnostic {
    let russianVisit = language == .russian
    let other = russianVisit ? "en" : "ru"
    return Diagnostic(
      .unknownKey,
      LocalizedText(
        english: "\(Quote.english(key)) in \(russianVisit ? "a Russian" : "an English") visit: "
          + "\(Quote.english(base)) is \(russianVisit ? "Russian" : "English") already; write "
          + "the \(russianVisit ? "English" : "Russian") text as "
          + "\(Quote.english(base + "-" + other))",
        russian: "\(Quote.russian(key)) в визите на \(russianVisit ? "русском" : "английском") "
          + "языке: «\(base)» и так на \(russianVisit ? "русском" : "английском"); текст на "
          + "\(russianVisit ? "английском" : "русском") пишите в "
          + "\(Quote.russian(base + "-" + other))"),
      at: location)
  }

  static func invalidBusy(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a busy time; write a date (2018-06-19) or a date and a "
        + "range (2018-06-19 12:00-14:00)",
      "\(Quote.russian(text)) — не время занятости; укажите дату (2018-06-19) или дату "
        + "и интервал (2018-06-19 12:00-14:00)", at: location)
  }

  static func invalidLunch(_ text: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(text)) is not a lunch rule; write a range and how long lunch takes, "
        + "e.g. 12:00-15:00 45m",
      "\(Quote.russian(text)) — не правило обеда; укажите интервал и длительность обеда, "
        + "например 12:00-15:00 45m", at: location)
  }

  static func groupWordAsID(_ word: String, at location: SourceLocation) -> Diagnostic {
    invalid(
      "\(Quote.english(word)) is a group word in participant lists and cannot be an id; "
        + "choose another id",
      "\(Quote.russian(word)) — групповое слово в списках участников и не может быть "
        + "идентификатором; выберите другой", at: location)
  }
}

extension String {
  /// The string with its first letter upper-cased: "в описании" → "В описании".
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
