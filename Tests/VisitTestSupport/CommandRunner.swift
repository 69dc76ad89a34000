public import Foundation

/// The result of running a program.
public struct CommandResult: Sendable {
  public let status: Int32
  public let standardOutput: String
  public let standardError: String
  /// Standard output as bytes, for binary output.
  public let standardOutputData: Data
}

/// Runs the built `visitplan` binary (or another program) the way a user would.
public enum CommandRunner {
  /// The `visitplan` binary next to the test bundle in `.build/…/`, or
  /// `VISITPLAN_BINARY` when set.
  public static var visitplanPath: String {
    if let path = ProcessInfo.processInfo.environment["VISITPLAN_BINARY"] { return path }
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("visitplan")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
      folder = folder.deletingLastPathComponent()
    }
    let built = TestPaths.root.appendingPathComponent(".build/debug/visitplan")
    return built.path
  }

  /// Runs `visitplan ARGUMENTS`. The environment is minimal and fixed
  /// (LANG=C.UTF-8, no colour) unless `environment` says otherwise.
  public static func visitplan(
    _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil,
    input: String? = nil, timeout: TimeInterval = 120
  ) throws -> CommandResult {
    try run(
      visitplanPath, arguments, environment: environment, currentDirectory: currentDirectory,
      input: input, timeout: timeout)
  }

  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    currentDirectory: URL? = nil, input: String? = nil, timeout: TimeInterval = 120
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var base = [
      "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    for (key, value) in environment { base[key] = value }
    process.environment = base
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    if let input {
      let inURL = folder.appendingPathComponent("stdin")
      try input.write(to: inURL, atomically: true, encoding: .utf8)
      process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = (try? Data(contentsOf: outURL)) ?? Data()
    return CommandResult(
      status: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
      standardOutputData: outData)
  }
}
