import VisitDiagnostics

/// Collects the diagnostics of one load. A reference type so that the small
/// readers of one load can share it without threading `inout` everywhere; it
/// never outlives the load.
final class DiagnosticSink {
  private(set) var diagnostics: [Diagnostic] = []

  func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }
}
