import Foundation
import Synchronization
import Testing
import VisitTestSupport

@testable import VisitFiles

/// Outputs appear whole or not at all, and what is not a plain file is
/// written to, never replaced.
@Suite("Output files")
struct OutputFileTests {
  struct Refused: Error {}

  static func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  static func mode(of path: String) -> mode_t {
    var status = stat()
    _ = stat(path, &status)
    return status.st_mode & 0o777
  }

  @Test(
    "folders and names are split as typed",
    arguments: [
      ("a", ".", "a"), ("/a", "/", "a"), ("dir/a", "dir", "a"), ("dir/a/", "dir", "a"),
      ("/", "/", ""), ("./a", ".", "a"), ("é", ".", "é"), ("a/b/c.xlsx", "a/b", "c.xlsx"),
    ])
  func pathText(path: String, folder: String, name: String) {
    #expect(PathText.folder(of: path) == folder)
    #expect(PathText.name(of: path) == name)
  }

  @Test("a new file gets the content, the user's default permissions, and nothing beside it")
  func newFile() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.txt").path
    try OutputFile.write(to: path) { try $0.write("Программа\n") }
    #expect(FileManager.default.contents(atPath: path) == Data("Программа\n".utf8))
    let mask = umask(0)
    umask(mask)
    #expect(Self.mode(of: path) == 0o666 & ~mask)
    #expect(try Self.names(in: folder) == ["out.txt"])
  }

  @Test("an existing file is replaced whole and keeps its permissions")
  func replace() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.txt").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o640)
    try OutputFile.write(to: path) { try $0.write("new") }
    #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
    #expect(Self.mode(of: path) == 0o640)
    #expect(try Self.names(in: folder) == ["out.txt"])
  }

  @Test("a failure while making the content leaves the old file and nothing else")
  func failureKeepsOld() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.txt").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: Refused.self) {
      try OutputFile.write(to: path) { staging in
        try staging.write("half")
        throw Refused()
      }
    }
    #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
    #expect(try Self.names(in: folder) == ["out.txt"])
  }

  @Test("without unnamed files: a hidden named file, renamed into place or removed")
  func namedFallback() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.txt").path
    let staging = try Staging.beside(path, in: folder.path, shownAs: path, unnamed: false)
    try staging.write("named")
    #expect(try Self.names(in: folder).count == 1)
    #expect(try Self.names(in: folder).first?.hasPrefix(".out.txt.visitplan-") == true)
    try staging.finish(mode: nil)
    try staging.commit(to: path, in: folder.path, shownAs: path)
    staging.discard()
    #expect(try Self.names(in: folder) == ["out.txt"])
    #expect(FileManager.default.contents(atPath: path) == Data("named".utf8))
    let abandoned = try Staging.beside(path, in: folder.path, shownAs: path, unnamed: false)
    try abandoned.write("never")
    abandoned.discard()
    #expect(try Self.names(in: folder) == ["out.txt"])
  }

  @Test("the staging file's path opens the same file, for libraries that want a name")
  func stagingPath() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.bin").path
    try OutputFile.write(to: path) { staging in
      try Data("through the name".utf8).write(to: URL(fileURLWithPath: staging.path))
    }
    #expect(FileManager.default.contents(atPath: path) == Data("through the name".utf8))
  }

  @Test("a folder, a path ending in a slash, and a dangling link are refused")
  func refused() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let link = folder.appendingPathComponent("link").path
    symlink(folder.appendingPathComponent("missing").path, link)
    for (path, expected) in [
      (folder.path, OutputError.Kind.isFolder), (folder.path + "/new/", .isFolder),
      (link, .danglingLink),
    ] {
      do {
        try OutputFile.write(to: path) { try $0.write("x") }
        Issue.record("wrote to \(path)")
      } catch let error as OutputError {
        #expect(error.kind == expected, "\(path)")
      }
    }
    #expect(try Self.names(in: folder) == ["link"])
  }

  @Test("a FIFO is written to and stays a FIFO")
  func fifo() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("pipe").path
    try #require(mkfifo(path, 0o600) == 0)
    let received = Received()
    let reader = Thread {
      let descriptor = open(path, O_RDONLY)
      guard descriptor >= 0 else { return }
      received.set(
        FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readDataToEndOfFile())
    }
    reader.start()
    try OutputFile.write(to: path) { try $0.write("through the pipe") }
    for _ in 0..<200 where received.value == nil { usleep(10_000) }
    #expect(received.value == Data("through the pipe".utf8))
    var status = stat()
    #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("content for a descriptor is copied whole; a full device says so")
  func descriptors() throws {
    let full = open("/dev/full", O_WRONLY)
    try #require(full >= 0)
    defer { close(full) }
    do {
      try OutputFile.write(toDescriptor: full) {
        try $0.write(String(repeating: "x", count: 100_000))
      }
      Issue.record("wrote to /dev/full")
    } catch let error as OutputError {
      #expect(error.code == ENOSPC)
    }
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    try #require(ends.count > 1)
    try OutputFile.write(toDescriptor: ends[1]) { try $0.write("через трубу") }
    close(ends[1])
    let firstEnd = try #require(ends.first)
    let read = FileHandle(fileDescriptor: firstEnd, closeOnDealloc: true).readDataToEndOfFile()
    #expect(read == Data("через трубу".utf8))
  }
}

/// What the FIFO's reader read.
final class Received: Sendable {
  private let data = Mutex<Data?>(nil)
  var value: Data? { data.withLock { $0 } }
  func set(_ value: Data) { data.withLock { $0 = value } }
}

@Suite("Output files: the process's own streams")
struct OwnStreamTests {
  @Test(
    "paths that name the process's own descriptors",
    arguments: [
      ("/dev/stdout", Int32(1)), ("/dev/stderr", 2), ("/dev/fd/7", 7), ("/proc/self/fd/12", 12),
      ("/dev/null", nil), ("/dev/fd/x", nil), ("out.txt", nil),
    ])
  func ownDescriptor(path: String, descriptor: Int32?) {
    #expect(OutputTarget.ownDescriptor(path) == descriptor)
  }
}
