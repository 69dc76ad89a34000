import Foundation

/// Writing to the standard streams without Foundation's buffering surprises.
enum Output {
  static func standardOutput(_ text: String) {
    write(text, to: STDOUT_FILENO)
  }

  static func standardError(_ text: String) {
    write(text, to: STDERR_FILENO)
  }

  private static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Whether the stream is a terminal: colour is only for people, not pipes.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }
}
