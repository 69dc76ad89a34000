import Foundation
public import Testing

/// Compares text with a golden file in `Tests/<suite folder>/Snapshots/`.
///
/// Set `RECORD_SNAPSHOTS=1` to write the golden files from the current
/// output instead; review the diff before committing. On a mismatch the
/// first differing line is shown.
public func assertSnapshot(
  _ actual: String, named name: String, folder: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = TestPaths.root.appendingPathComponent("Tests/\(folder)/Snapshots/\(name)")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record(
      "No golden file \(url.path); run the tests with RECORD_SNAPSHOTS=1 to create it",
      sourceLocation: sourceLocation)
    return
  }
  guard expected != actual else { return }
  let expectedLines = expected.components(separatedBy: "\n")
  let actualLines = actual.components(separatedBy: "\n")
  let index =
    zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(expectedLines.count, actualLines.count)
  let expectedLine = index < expectedLines.count ? expectedLines[index] : "<end of file>"
  let actualLine = index < actualLines.count ? actualLines[index] : "<end of output>"
  Issue.record(
    """
    Output differs from \(name) at line \(index + 1):
      expected: \(expectedLine)
      actual:   \(actualLine)
    (RECORD_SNAPSHOTS=1 re-records)
    """, sourceLocation: sourceLocation)
}
