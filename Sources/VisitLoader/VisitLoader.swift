import Foundation
import VisitFiles
public import VisitCore
public import VisitDiagnostics

/// Why a file could not be read at all: these stop a command with exit 2.
public struct LoadError: Error, Sendable, CustomStringConvertible {
  public enum Reason: Sendable {
    case notFound
    case isDirectory
    case notReadable(String)
    case tooLarge(Int)
  }

  public let path: String
  public let reason: Reason

  public var description: String { message(in: .english) }

  /// One line that says what is wrong and what to do.
  public func message(in language: Language) -> String {
    LoaderMessages.cannotRead(path, reason).text(in: language)
  }
}

/// Reads visit files into the domain model.
///
/// ```swift
/// let loaded = try VisitLoader.load(contentsOf: "seeds/stakhanov-lipetsk-2018.visit.yaml")
/// print(loaded.visit.people.count, loaded.diagnostics.count)
/// ```
public enum VisitLoader {
  /// The rules the loader itself reports; the checker's rules are the rest
  /// of `RuleID.all` (a test holds the two together).
  public static let rules: [RuleID] = [
    .yamlSyntax, .formatVersion, .unknownKey, .missingField, .invalidValue,
  ]

  /// Files above this size are refused before parsing: a forum of 200,000
  /// events is about 40 MB, and parsing costs ~20 bytes of memory per byte.
  public static let maximumFileSize = 256 * 1_048_576

  /// Reads and loads a file: a regular file, or anything else that can be
  /// read to its end — a pipe, `/dev/stdin`, a FIFO.
  ///
  /// - Throws: `LoadError` when the file is missing, a folder, unreadable or
  ///   absurdly large (a device such as `/dev/zero` never ends, and is
  ///   refused once it passes the limit). Mistakes inside the file are
  ///   diagnostics, not errors.
  public static func load(contentsOf path: String) throws(LoadError) -> LoadedVisit {
    // The bytes are let go as soon as they are text, not kept through the
    // parse: a file's size less at the peak.
    try load(bytes: read(path))
  }

  /// Loads a visit and returns the bytes read too, for a command that edits
  /// the file's text (`plan`): one read, so the edits fit what was loaded.
  public static func loadKeepingBytes(contentsOf path: String) throws(LoadError) -> (
    visit: LoadedVisit, bytes: [UInt8]
  ) {
    let bytes = try read(path)
    return (load(bytes: bytes), bytes)
  }

  private static func read(_ path: String) throws(LoadError) -> [UInt8] {
    do {
      return try InputFile.read(path, limit: maximumFileSize)
    } catch {
      switch error.kind {
      case .notFound: throw LoadError(path: path, reason: .notFound)
      case .isFolder: throw LoadError(path: path, reason: .isDirectory)
      case .tooLarge(let limit): throw LoadError(path: path, reason: .tooLarge(limit))
      case .unreadable: throw LoadError(path: path, reason: .notReadable(error.reason))
      }
    }
  }

  /// Loads a visit from the bytes of a file.
  public static func load(bytes: consuming [UInt8]) -> LoadedVisit {
    let source: SourceText
    do {
      source = try SourceText(decoding: bytes)
    } catch {
      return LoadedVisit(
        visit: Visit(), diagnostics: [LoaderMessages.notUTF8(at: error.location)],
        isReadable: false)
    }
    return load(source)
  }

  /// Loads a visit from text (tests and tools).
  public static func load(text: String) -> LoadedVisit {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return load(SourceText(validText: text))
  }

  private static func load(_ source: SourceText) -> LoadedVisit {
    switch YAMLReader.read(source) {
    case .empty:
      return LoadedVisit(
        visit: Visit(), diagnostics: [LoaderMessages.emptyFile()], isReadable: false)
    case .failure(let diagnostic):
      return LoadedVisit(visit: Visit(), diagnostics: [diagnostic], isReadable: false)
    case .document(let root):
      let sink = DiagnosticSink()
      let visit = VisitReader(sink: sink).read(root)
      if let visit,
        let refusal = AttendanceBudget.check(visit, sourceSize: source.text.utf8.count)
      {
        return LoadedVisit(
          visit: Visit(), diagnostics: sink.diagnostics + [refusal], isReadable: false)
      }
      return LoadedVisit(
        visit: visit ?? Visit(), diagnostics: sink.diagnostics, isReadable: visit != nil)
    }
  }

}
