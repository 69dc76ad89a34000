import Foundation
import ServiceLifecycle
import Synchronization

/// Watches one file by looking at it ten times a second: a different size,
/// modification time, inode or device (an editor that saves by renaming a
/// new file into place) is a change, and so is the file going away or
/// coming back. Polling works on every file system, network folders and
/// editors included, which inotify does not.
final class ChangeWatcher: Service, Sendable {
  private struct Stamp: Equatable {
    var exists = false
    var size: Int64 = 0
    var seconds = 0
    var nanoseconds = 0
    var inode: UInt64 = 0
    var device: UInt64 = 0
  }

  let path: String
  private let state = Mutex<Int>(0)

  init(path: String) {
    self.path = path
  }

  /// Goes up by one with each change seen.
  var version: Int { state.withLock { $0 } }

  func run() async throws {
    // Ends with the server: cancelled on graceful shutdown, which is a
    // normal end, not a failure.
    try? await cancelWhenGracefulShutdown {
      var last = Self.stamp(self.path)
      while !Task.isCancelled {
        try await Task.sleep(for: PreviewServer.pollInterval)
        let now = Self.stamp(self.path)
        if now != last {
          last = now
          self.state.withLock { $0 += 1 }
        }
      }
    }
  }

  /// The version once it differs from `seen`, or `seen` after `limit`.
  func next(after seen: Int, waitingAtMost limit: Duration) async -> Int {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: limit)
    while clock.now < deadline {
      let current = version
      if current != seen { return current }
      do { try await Task.sleep(for: .milliseconds(50)) } catch { break }
    }
    return version
  }

  private static func stamp(_ path: String) -> Stamp {
    var status = stat()
    guard stat(path, &status) == 0 else { return Stamp() }
    return Stamp(
      exists: true, size: Int64(status.st_size), seconds: Int(status.st_mtim.tv_sec),
      nanoseconds: Int(status.st_mtim.tv_nsec), inode: UInt64(status.st_ino),
      device: UInt64(status.st_dev))
  }
}
