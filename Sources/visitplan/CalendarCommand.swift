import ArgumentParser
import Foundation
import VisitCalendar
import VisitCore
import VisitDiagnostics
import VisitFiles
import VisitLanguage
import VisitLoader

/// `visitplan calendar FILE [--person ID | --site ID | --all] -o OUT`:
/// iCalendar files for the participants' own calendars.
struct CalendarCommand: ParsableCommand, LocalizedCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "Write the visit's programme as an iCalendar (.ics) file.",
    discussion: """
      One event in the calendar per scheduled event of the visit, or of one person (--person) \
      or one venue (--site); --all writes one file per person into the folder -o names. Times \
      are in the visit's time zone, which the file carries. Each event keeps its UID from run to \
      run, so importing the file again updates the events instead of adding them twice. \
      DTSTAMP is the visit file's modification time (SOURCE_DATE_EPOCH, when set, instead), and \
      SEQUENCE grows with it. Events with no date or time are left out with a note.
      """)

  @Argument(help: "The visit file.")
  var file: String

  @Option(
    name: .shortAndLong, help: "The .ics file to write; - for standard output; a folder with --all."
  )
  var output: String

  @Option(help: "Only the events of this person (an id under people:).")
  var person: String?

  @Option(help: "Only the events at this venue and its rooms (an id under sites:).")
  var site: String?

  @Flag(help: "One file per person, named after the person's id, into the folder -o names.")
  var all = false

  @OptionGroup var language: LanguageOption
  @OptionGroup var color: ColorOption

  @Flag(help: "Write the calendar even when the check finds errors.")
  var allowErrors = false

  var messages: Language { language.language }

  func run() throws {
    let messages = language.language
    if [person != nil, site != nil, all].filter({ $0 }).count > 1 {
      throw Failure.couldNotRun(CalendarMessages.conflictingScopes.text(in: messages))
    }
    if all && output == "-" {
      throw Failure.couldNotRun(CalendarMessages.allNeedsFolder.text(in: messages))
    }
    let stampOverride = try Self.stampFromEnvironment(messages: messages)
    let (loaded, _) = try CheckFirst.load(
      file, messages: messages, color: color, allowErrors: allowErrors, document: .calendar)
    let visit = loaded.visit
    let documentLanguage = language.explicit ?? visit.info.effectiveLanguage
    let stamp = stampOverride ?? Self.modificationTime(of: file)
    let printer = TextDiagnosticPrinter(
      fileName: file, language: messages,
      usesColor: color.usesColor(forDescriptor: STDERR_FILENO))
    if all {
      try writeAll(visit, language: documentLanguage, stamp: stamp, printer: printer)
      return
    }
    let scope: VisitCalendar.Scope =
      if let person { .person(Identifier(person)) } else if let site {
        .site(Identifier(site))
      } else { .visit }
    let calendar = try make(visit, scope: scope, language: documentLanguage, stamp: stamp)
    reportLeftOut(calendar.leftOut, visit: visit, printer: printer, language: documentLanguage)
    try write(calendar.text, to: output)
  }

  private func make(_ visit: Visit, scope: VisitCalendar.Scope, language: Language, stamp: Int64)
    throws -> VisitCalendar
  {
    try calendarOrFailure { () throws(VisitCalendar.Problem) in
      try VisitCalendar(visit, scope: scope, language: language, stamp: stamp)
    }
  }

  /// A calendar, or the command's failure saying what to fix.
  private func calendarOrFailure<Made>(_ make: () throws(VisitCalendar.Problem) -> Made) throws
    -> Made
  {
    do {
      return try make()
    } catch {
      throw Failure.couldNotRun(CalendarMessages.problem(error, file: file).text(in: messages))
    }
  }

  /// `--all`: a file per person who takes part in something scheduled.
  private func writeAll(
    _ visit: Visit, language: Language, stamp: Int64, printer: TextDiagnosticPrinter
  )
    throws
  {
    try Self.makeFolder(output, messages: messages)
    let calendars = try calendarOrFailure { () throws(VisitCalendar.Problem) in
      try VisitCalendar.perPerson(visit, language: language, stamp: stamp)
    }
    // What is left out is said once, for the whole visit.
    reportLeftOut(
      visit.events.filter { !$0.isScheduled }, visit: visit, printer: printer, language: language)
    var files = 0
    var events = 0
    let naming = VisitNaming(visit, language: language)
    for (person, calendar) in calendars {
      guard calendar.eventCount > 0 else {
        Output.standardError(
          printer.render([
            Diagnostic(
              .unscheduled, CalendarMessages.nobodyEvents(naming.person(person)),
              at: naming.people[person]?.id.location, people: [person])
          ]))
        continue
      }
      let path =
        (output.hasSuffix("/") ? output : output + "/")
        + VisitCalendar.fileName(for: person) + ".ics"
      try write(calendar.text, to: path)
      files += 1
      events += calendar.eventCount
    }
    Output.standardError(
      CalendarMessages.wroteAll(files: files, folder: output, events: events).text(in: messages)
        + "\n")
  }

  private func reportLeftOut(
    _ events: [Event], visit: Visit, printer: TextDiagnosticPrinter, language: Language
  ) {
    guard !events.isEmpty else { return }
    let naming = VisitNaming(visit, language: language)
    let notes = events.map { event in
      Diagnostic(
        .unscheduled, CalendarMessages.leftOut(naming.title(of: event), hasDate: event.date != nil),
        at: event.timeLocation, events: [event.id.value])
    }
    Output.standardError(printer.render(notes))
  }

  private func write(_ text: String, to path: String) throws {
    if path != "-" {
      try CheckFirst.refuseToOverwrite(input: file, with: path, messages: messages)
    }
    try Output.write(text, to: path, .calendar, messages: messages)
  }

  /// Creates `path` (and its parents) when missing; refuses a path that is
  /// something other than a folder.
  static func makeFolder(_ path: String, messages: Language) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw Failure.couldNotRun(CalendarMessages.notAFolder(path).text(in: messages))
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw Failure.couldNotRun(
        CalendarMessages.cannotCreateFolder(path, String(cString: strerror(errno))).text(
          in: messages))
    }
  }

  /// `SOURCE_DATE_EPOCH`, when set and not empty: the stamp of every event,
  /// from 1970 to the end of 9999 (iCalendar's four-digit years).
  static func stampFromEnvironment(messages: Language) throws -> Int64? {
    try SourceDateEpoch.read(
      allowing: 0...253_402_300_799, messages: messages,
      problem: CalendarMessages.badSourceDateEpoch)
  }

  /// The file's last modification, whole seconds; 0 when it cannot be read
  /// (the file was read a moment ago, so this is all but impossible).
  static func modificationTime(of path: String) -> Int64 {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return Int64(status.st_mtim.tv_sec)
  }
}
