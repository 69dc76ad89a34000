import Foundation

/// The temporary file an output is made in before it goes into place.
///
/// On Linux it has no name at all (`O_TMPFILE`): if the process dies, the
/// kernel frees it and nothing is left. `path` still opens it
/// (`/proc/self/fd/N`), for libraries that want a file name to write to.
public final class Staging {
  /// Open for reading and writing.
  public let descriptor: Int32
  /// A name that opens this same file: `/proc/self/fd/N`, or the named
  /// temporary file where the file system has no unnamed ones.
  public let path: String
  /// The temporary file's name in the folder when it has one; removed on
  /// every failure.
  private var temporaryName: String?
  /// The output as the user typed it, for messages.
  private let shownAs: String
  private var isClosed = false

  private init(descriptor: Int32, path: String, temporaryName: String?, shownAs: String) {
    self.descriptor = descriptor
    self.path = path
    self.temporaryName = temporaryName
    self.shownAs = shownAs
  }

  /// `O_TMPFILE` as Linux defines it: `__O_TMPFILE | O_DIRECTORY`.
  private static let unnamedFlag: Int32 = 0o2000_0000 | O_DIRECTORY

  /// A staging file in `folder`, beside the target, so that linking it into
  /// place never crosses file systems.
  ///
  /// - Parameter unnamed: false to go straight to a named temporary file, as
  ///   on a file system without `O_TMPFILE` (for tests of that path).
  static func beside(
    _ target: String, in folder: String, shownAs: String, unnamed: Bool = true
  ) throws(OutputError) -> Staging {
    if unnamed, let staging = try unnamedIfSupported(in: folder, shownAs: shownAs) {
      return staging
    }
    let prefix = folder + "/." + PathText.name(of: target) + ".visitplan-"
    for _ in 0..<100 {
      let name = prefix + randomSuffix()
      let descriptor = retryingOnInterrupt {
        open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
      }
      if descriptor >= 0 {
        return Staging(descriptor: descriptor, path: name, temporaryName: name, shownAs: shownAs)
      }
      guard errno == EEXIST else { throw OutputError(path: shownAs, kind: .cannotCreate(errno)) }
    }
    throw OutputError(path: shownAs, kind: .cannotCreate(EEXIST))
  }

  /// A staging file whose content is copied elsewhere; it never needs a name.
  static func unnamed(in folder: String, shownAs: String) throws(OutputError) -> Staging {
    if let unnamed = try unnamedIfSupported(in: folder, shownAs: folder) { return unnamed }
    // The classic way: create a name, keep the descriptor, remove the name.
    let staging = try beside("output", in: folder, shownAs: folder)
    if isProcAvailable(for: staging.descriptor), let name = staging.temporaryName {
      unlink(name)
      return Staging(
        descriptor: staging.descriptor, path: "/proc/self/fd/\(staging.descriptor)",
        temporaryName: nil, shownAs: shownAs)
    }
    return staging
  }

  private static func unnamedIfSupported(in folder: String, shownAs: String) throws(OutputError)
    -> Staging?
  {
    #if os(Linux)
    let descriptor = retryingOnInterrupt {
      open(folder, unnamedFlag | O_RDWR | O_CLOEXEC, 0o666)
    }
    guard descriptor >= 0 else {
      switch errno {
      // The file system (or an old kernel) has no unnamed files.
      case EOPNOTSUPP, EISDIR, EINVAL: return nil
      default: throw OutputError(path: shownAs, kind: .cannotCreate(errno))
      }
    }
    guard isProcAvailable(for: descriptor) else {
      close(descriptor)
      return nil
    }
    return Staging(
      descriptor: descriptor, path: "/proc/self/fd/\(descriptor)", temporaryName: nil,
      shownAs: shownAs)
    #else
    return nil
    #endif
  }

  /// Whether `/proc/self/fd/N` opens the file (it does not in a chroot
  /// without /proc); linking an unnamed file into place needs it.
  private static func isProcAvailable(for descriptor: Int32) -> Bool {
    access("/proc/self/fd/\(descriptor)", F_OK) == 0
  }

  private static func randomSuffix() -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    return String((0..<8).map { _ in letters.randomElement() ?? "x" })
  }

  /// Appends bytes at the end of the file.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    try Self.writeAll(bytes, to: descriptor, shownAs: shownAs)
  }

  /// Appends text as UTF-8.
  public func write(_ text: String) throws(OutputError) {
    var text = text
    var failure: OutputError?
    text.withUTF8 { buffer in
      do throws(OutputError) {
        try write(UnsafeRawBufferPointer(buffer))
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// Flushes the content to disk and gives it the permissions of the file it
  /// replaces, or those of a new file (0666 less the umask).
  func finish(mode existing: mode_t?) throws(OutputError) {
    guard fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS else {
      throw OutputError(path: shownAs, kind: .cannotWrite(errno))
    }
    let mode: mode_t
    if let existing {
      mode = existing
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    _ = fchmod(descriptor, mode)
  }

  /// Puts the finished file at `target`, replacing a regular file there in
  /// one step. Interrupting signals are held off for the few system calls
  /// between naming the file and renaming it.
  func commit(to target: String, in folder: String, shownAs: String) throws(OutputError) {
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&blocked, signal) }
    sigprocmask(SIG_BLOCK, &blocked, &previous)
    defer { sigprocmask(SIG_SETMASK, &previous, nil) }
    if temporaryName == nil {
      let prefix = folder + "/." + PathText.name(of: target) + ".visitplan-"
      var linked: String?
      for _ in 0..<100 where linked == nil {
        let name = prefix + Self.randomSuffix()
        if linkat(AT_FDCWD, path, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 {
          linked = name
        } else if errno != EEXIST {
          throw OutputError(path: shownAs, kind: .cannotReplace(errno))
        }
      }
      guard let linked else { throw OutputError(path: shownAs, kind: .cannotReplace(EEXIST)) }
      temporaryName = linked
    }
    guard let name = temporaryName else { return }
    guard rename(name, target) == 0 else {
      throw OutputError(path: shownAs, kind: .cannotReplace(errno))
    }
    temporaryName = nil
    // Make the new name durable too; a folder that cannot be synced is no error.
    let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      _ = fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Copies the whole content to another descriptor (a device, a pipe,
  /// standard output).
  func copy(to target: Int32, shownAs: String) throws(OutputError) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { bytes in
        pread(descriptor, bytes.baseAddress, bytes.count, offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw OutputError(path: self.shownAs, kind: .cannotWrite(errno))
      }
      if count == 0 { return }
      var failure: OutputError?
      buffer.withUnsafeBytes { bytes in
        do throws(OutputError) {
          try Self.writeAll(
            UnsafeRawBufferPointer(rebasing: bytes[..<count]), to: target, shownAs: shownAs)
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
      offset += off_t(count)
    }
  }

  /// Writes every byte, through interruptions and a non-blocking descriptor.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, shownAs: String)
    throws(OutputError)
  {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        switch errno {
        case EINTR: continue
        case EAGAIN:
          var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&request, 1, -1)
          continue
        default: throw OutputError(path: shownAs, kind: .cannotWrite(errno))
        }
      }
      offset += written
    }
  }

  /// Closes the file; a named temporary file that was not committed is removed.
  func discard() {
    guard !isClosed else { return }
    isClosed = true
    close(descriptor)
    if let temporaryName { unlink(temporaryName) }
  }

  deinit { discard() }
}

/// `write(2)`, named apart from `Staging.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  Foundation.write(descriptor, bytes, count)
}
