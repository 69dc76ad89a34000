import Foundation

/// Reads a file a user names — a visit, a template — whole, with `read(2)`.
///
/// A regular file is checked against the limit before it is read; anything
/// else (a pipe, `/dev/stdin`, a FIFO) is read to its end, and a device that
/// never ends (`/dev/zero`) is stopped at the limit. Foundation's readers are
/// not used: `Data(contentsOf:)` says "Permission denied" for a pipe, and
/// `FileManager.contents(atPath:)` leaks its buffer on an empty file (found
/// by the fuzzer under LeakSanitizer).
public enum InputFile {
  public static func read(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      switch errno {
      case ENOENT, ENOTDIR: throw InputError(path: path, kind: .notFound)
      default: throw InputError(path: path, kind: .unreadable(errno))
      }
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR { throw InputError(path: path, kind: .isFolder) }
      if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
        throw InputError(path: path, kind: .tooLarge(limit))
      }
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw InputError(path: path, kind: .unreadable(errno))
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
      if bytes.count > limit { throw InputError(path: path, kind: .tooLarge(limit)) }
    }
  }
}

/// Why a file could not be read; the callers word it for their users.
public struct InputError: Error, Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case notFound
    case isFolder
    /// Larger than the limit, in bytes.
    case tooLarge(Int)
    /// The system's error number: no permission, an I/O error.
    case unreadable(Int32)
  }

  public let path: String
  public let kind: Kind

  /// The system's words for an `unreadable` error ("Permission denied").
  public var reason: String {
    guard case .unreadable(let code) = kind, let text = strerror(code) else { return "" }
    return String(cString: text)
  }
}
