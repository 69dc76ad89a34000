import Foundation

/// Writes an output file whole or not at all, without ever replacing what is
/// not a plain file (cli.md, "Conventions").
///
/// - A **regular file** (or a new one) is written to an unnamed temporary file
///   in the target's folder (Linux `O_TMPFILE`), which is linked into place
///   only when complete: a failed or killed run leaves no half-written file
///   and no stray temporary file, and an existing file is replaced only by a
///   complete one, keeping its permissions. Where the folder's file system
///   has no `O_TMPFILE`, a named temporary file beside the target is used and
///   renamed.
/// - **The process's own streams** named as files (`/dev/stdout`,
///   `/dev/fd/3`) are written to as they are open, so `>>` still appends.
/// - A **FIFO, a character device or a socket** (`/dev/null`, `/dev/full`, a
///   named pipe) — and anything else reached through `/dev/` or `/proc/` —
///   is written to directly, never replaced: the content is made in a
///   temporary file first, then copied.
/// - A **folder** or a **block device** (a disk) is refused.
/// - A symbolic link to a regular file is followed: the file it names is
///   replaced, the link stays.
public enum OutputFile {
  /// Makes the content with `produce`, which writes into the staging file,
  /// then puts it at `path`.
  ///
  /// - Throws: `OutputError` when the target cannot be written; whatever
  ///   `produce` throws, unchanged. Either way nothing is left behind.
  public static func write(to path: String, _ produce: (Staging) throws -> Void) throws {
    switch try OutputTarget.classify(path) {
    case .replaceable(let realPath, let existingMode):
      try replace(realPath, shownAs: path, existingMode: existingMode, produce)
    case .direct:
      try writeDirectly(to: path, produce)
    case .descriptor(let descriptor):
      let staging = try Staging.unnamed(in: temporaryFolder(), shownAs: path)
      defer { staging.discard() }
      try produce(staging)
      try staging.copy(to: descriptor, shownAs: path)
    }
  }

  /// Makes the content in a temporary file, then copies it to an open
  /// descriptor (standard output for `-o -`).
  public static func write(toDescriptor descriptor: Int32, _ produce: (Staging) throws -> Void)
    throws
  {
    let staging = try Staging.unnamed(in: temporaryFolder(), shownAs: "-")
    defer { staging.discard() }
    try produce(staging)
    try staging.copy(to: descriptor, shownAs: "-")
  }

  /// Writes text to an open descriptor, all of it, through interruptions
  /// and a non-blocking descriptor.
  ///
  /// - Throws: `OutputError.cannotWrite` (a full disk, a closed pipe, a
  ///   closed descriptor), with `path` set to `shownAs`.
  public static func write(_ text: String, toDescriptor descriptor: Int32, shownAs: String)
    throws(OutputError)
  {
    var text = text
    var failure: OutputError?
    text.withUTF8 { buffer in
      do throws(OutputError) {
        try Staging.writeAll(UnsafeRawBufferPointer(buffer), to: descriptor, shownAs: shownAs)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// The folder for content that is copied elsewhere: `TMPDIR`, else `/tmp`.
  static func temporaryFolder() throws(OutputError) -> String {
    guard let value = getenv("TMPDIR").map({ String(cString: $0) }), !value.isEmpty else {
      return "/tmp"
    }
    var status = stat()
    guard stat(value, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
      throw OutputError(path: value, kind: .badTemporaryFolder(errno == 0 ? ENOTDIR : errno))
    }
    return value
  }

  private static func replace(
    _ path: String, shownAs shown: String, existingMode: mode_t?,
    _ produce: (Staging) throws -> Void
  ) throws {
    let folder = PathText.folder(of: path)
    let staging = try Staging.beside(path, in: folder, shownAs: shown)
    defer { staging.discard() }
    try produce(staging)
    try staging.finish(mode: existingMode)
    try staging.commit(to: path, in: folder, shownAs: shown)
  }

  private static func writeDirectly(to path: String, _ produce: (Staging) throws -> Void) throws {
    let staging = try Staging.unnamed(in: temporaryFolder(), shownAs: path)
    defer { staging.discard() }
    try produce(staging)
    // No O_CREAT: the target exists and is not replaced. A FIFO blocks here
    // until something reads it, as `cat > fifo` does.
    let target = retryingOnInterrupt { open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY) }
    guard target >= 0 else { throw OutputError(path: path, kind: .cannotOpen(errno)) }
    defer { close(target) }
    try staging.copy(to: target, shownAs: path)
  }
}

/// Where a write goes, decided before anything is made.
enum OutputTarget {
  /// A new file or a regular file: staged beside it and linked into place.
  /// `realPath` is the file a symbolic link names; the mode is kept.
  case replaceable(realPath: String, existingMode: mode_t?)
  /// Something that is not a plain file: written to, never replaced.
  case direct
  /// One of the process's own open streams, named as a file (`/dev/stdout`,
  /// `/dev/fd/3`): written to as it is, so a shell's `>>` still appends and
  /// a file the user may not open by name still receives the output.
  case descriptor(Int32)

  static func classify(_ path: String) throws(OutputError) -> OutputTarget {
    guard !path.isEmpty else { throw OutputError(path: path, kind: .cannotOpen(ENOENT)) }
    if let descriptor = ownDescriptor(path) {
      guard fcntl(descriptor, F_GETFD) != -1 else {
        throw OutputError(path: path, kind: .cannotOpen(EBADF))
      }
      return .descriptor(descriptor)
    }
    if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
      var status = stat()
      guard stat(path, &status) == 0 else {
        throw OutputError(path: path, kind: .cannotOpen(errno))
      }
      return try direct(status, path)
    }
    if path.hasSuffix("/") { throw OutputError(path: path, kind: .isFolder) }
    var status = stat()
    guard lstat(path, &status) == 0 else {
      guard errno == ENOENT else { throw OutputError(path: path, kind: .cannotOpen(errno)) }
      return .replaceable(realPath: path, existingMode: nil)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      return .replaceable(realPath: path, existingMode: status.st_mode & 0o777)
    case S_IFLNK:
      guard stat(path, &status) == 0 else {
        throw OutputError(path: path, kind: .danglingLink)
      }
      guard status.st_mode & S_IFMT == S_IFREG else { return try direct(status, path) }
      guard let resolved = realpath(path, nil) else {
        throw OutputError(path: path, kind: .cannotOpen(errno))
      }
      defer { free(resolved) }
      return .replaceable(realPath: String(cString: resolved), existingMode: status.st_mode & 0o777)
    default:
      return try direct(status, path)
    }
  }

  /// The descriptor a path names in this process: `/dev/stdout`,
  /// `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`.
  static func ownDescriptor(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return STDOUT_FILENO
    case "/dev/stderr": return STDERR_FILENO
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  private static func direct(_ status: stat, _ path: String) throws(OutputError) -> OutputTarget {
    switch status.st_mode & S_IFMT {
    case S_IFDIR: throw OutputError(path: path, kind: .isFolder)
    case S_IFBLK: throw OutputError(path: path, kind: .isBlockDevice)
    default: return .direct
    }
  }
}

/// Splitting paths as text, the way the user typed them: `a` is in `.`,
/// `/a` in `/`, `dir/a` in `dir`.
enum PathText {
  static func folder(of path: String) -> String {
    var bytes = Array(path.utf8)
    while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
    if slash == 0 { return "/" }
    return String(decoding: bytes[..<slash], as: UTF8.self)
  }

  static func name(of path: String) -> String {
    var bytes = Array(path.utf8)
    while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
  }
}

/// Repeats a system call that a signal interrupted.
@inline(__always)
func retryingOnInterrupt(_ call: () -> Int32) -> Int32 {
  var result: Int32
  repeat { result = call() } while result < 0 && errno == EINTR
  return result
}
