import Foundation

/// Why an output could not be written. The command line words it; the
/// system's own reason (`strerror`) is kept for the message.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Kind: Sendable, Hashable {
    /// The path names a folder.
    case isFolder
    /// The path names a disk or partition: never written to.
    case isBlockDevice
    /// A symbolic link to nothing.
    case danglingLink
    /// The target (a device, a FIFO) could not be opened.
    case cannotOpen(Int32)
    /// No temporary file could be made in the target's folder (missing
    /// folder, no permission, a full disk).
    case cannotCreate(Int32)
    /// Writing failed (a full disk, a closed pipe).
    case cannotWrite(Int32)
    /// The finished file could not be put in place.
    case cannotReplace(Int32)
    /// `TMPDIR` names no usable folder.
    case badTemporaryFolder(Int32)
  }

  /// The output as the user typed it (or the `TMPDIR` value).
  public let path: String
  public let kind: Kind

  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }

  /// The system's error number, when there is one.
  public var code: Int32? {
    switch kind {
    case .isFolder, .isBlockDevice, .danglingLink: nil
    case .cannotOpen(let code), .cannotCreate(let code), .cannotWrite(let code),
      .cannotReplace(let code), .badTemporaryFolder(let code):
      code
    }
  }

  /// The system's words for `code` ("No space left on device").
  public var reason: String {
    guard let code, let text = strerror(code) else { return "" }
    return String(cString: text)
  }

  /// Whether the reader of a pipe went away: not worth a message.
  public var isBrokenPipe: Bool { code == EPIPE }

  public var description: String { "\(path): \(kind) \(reason)" }
}
