import Foundation
import VisitCore
import VisitDiagnostics
import VisitFiles

/// The standard streams. Output goes out unbuffered and its failures are
/// failures of the command: a full disk or a closed standard output is exit 2
/// with a message, a reader that went away (`visitplan check … | head`) a
/// quiet exit 2 — never a signal, never a trap.
enum Output {
  /// Writes to standard output, or throws why it could not.
  static func standardOutput(_ text: String) throws(OutputError) {
    try OutputFile.write(text, toDescriptor: STDOUT_FILENO, shownAs: "-")
  }

  /// Writes to standard error; there is nowhere to report a failure to.
  static func standardError(_ text: String) {
    try? OutputFile.write(text, toDescriptor: STDERR_FILENO, shownAs: "-")
  }

  /// Whether the stream is a terminal: colour is only for people, not pipes.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// The narrowest help text: swift-argument-parser indents option help by
  /// about thirty columns and traps (debug) or prints nothing (release) when
  /// the width leaves no room.
  static let narrowestHelp = 40

  /// Makes `COLUMNS` a width help can be wrapped to: a value that is not a
  /// number from 40 to 10,000 is replaced by 80, with a note; a terminal
  /// narrower than 40 columns gets help 40 columns wide.
  static func prepareColumns(language: Language) {
    let environment = ProcessInfo.processInfo.environment
    if let value = environment["COLUMNS"] {
      if let width = Int(value), (narrowestHelp...10_000).contains(width) { return }
      setenv("COLUMNS", "80", 1)
      standardError(CommandMessages.badColumns(value).text(in: language) + "\n")
      return
    }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0,
      Int(size.ws_col) < narrowestHelp
    {
      setenv("COLUMNS", String(narrowestHelp), 1)
    }
  }

  /// Makes the process safe to run with any streams it is given.
  ///
  /// - A write to a closed pipe fails with `EPIPE` instead of killing the
  ///   process with SIGPIPE, so it can exit with its own status.
  /// - A standard stream that is closed (`>&-`) is held by a read-only
  ///   `/dev/null`: otherwise the next file the command opens would become
  ///   descriptor 1 and receive its standard output. Writes to it fail
  ///   (`EBADF`), so a command that has something to say exits 2.
  ///
  /// - Returns: false when a closed stream could not be held; the command
  ///   must not run then.
  static func prepareStreams() -> Bool {
    signal(SIGPIPE, SIG_IGN)
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      guard fcntl(descriptor, F_GETFD) == -1, errno == EBADF else { continue }
      let placeholder = open("/dev/null", O_RDONLY)
      guard placeholder == descriptor else {
        if placeholder >= 0 { close(placeholder) }
        return false
      }
    }
    return true
  }
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): whole seconds since 1970,
/// the time a command records instead of the clock's or a file's.
enum SourceDateEpoch {
  /// The value when set and not empty, nil when not; a value that is not a
  /// whole number in `range` stops the command before any work, with the
  /// command's own `problem` message.
  static func read(
    allowing range: ClosedRange<Int64>, messages: Language,
    problem: (String) -> LocalizedText,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Int64? {
    guard let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty else { return nil }
    guard let seconds = Int64(value), range.contains(seconds) else {
      throw Failure.couldNotRun(problem(value).text(in: messages))
    }
    return seconds
  }
}

extension Output {
  /// Writes a text document to `path`, or to standard output for `-`: a
  /// file whole or not at all, a FIFO or device directly (VisitFiles).
  /// A failure is the command's, said for `document`.
  static func write(
    _ text: String, to path: String, _ document: CommandMessages.Document, messages: Language
  ) throws {
    do {
      if path == "-" {
        try standardOutput(text)
      } else {
        try OutputFile.write(to: path) { staging in try staging.write(text) }
      }
    } catch let error as OutputError {
      throw Failure(error, document, messages: messages)
    }
  }
}
