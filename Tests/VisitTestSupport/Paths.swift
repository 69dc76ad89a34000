public import Foundation

/// Where the repository's files are, found from this source file so that
/// tests run from any working directory.
public enum TestPaths {
  /// The repository root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // VisitTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Tests/Fixtures/NAME`.
  public static func fixture(_ name: String) -> URL {
    root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
  }

  /// `seeds/NAME`.
  public static func seed(_ name: String) -> URL {
    root.appendingPathComponent("seeds").appendingPathComponent(name)
  }

  public static let seedAccount = seed("stakhanov-lipetsk-2018.visit.yaml")
  public static let seedProgramme = seed("stakhanov-lipetsk-2018-programme.visit.yaml")

  /// A new empty folder under the system's temporary folder.
  public static func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("visitplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
