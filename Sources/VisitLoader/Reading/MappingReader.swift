import VisitCore
import VisitDiagnostics

/// The keys of one YAML mapping, checked against the format's table for it.
///
/// Unknown keys (with a did-you-mean), repeated keys and keys that are not
/// text are reported when the reader is made; `x-` keys are the user's own and
/// are skipped silently.
struct MappingReader {
  let spec: ObjectSpec
  let location: SourceLocation
  /// Known keys and their values; a short array beats a dictionary for the
  /// handful of keys a mapping has.
  private var values: [(key: String, node: YAMLNode)] = []
  private let sink: DiagnosticSink
  /// Twin keys (`title-en`) and their values, read by `VisitReader.twins`.
  private(set) var twinNodes: [TwinNode] = []

  /// A twin key as written.
  struct TwinNode {
    let key: String
    let base: String
    let keyLocation: SourceLocation
    let node: YAMLNode
  }

  init(_ mapping: YAMLMapping, spec: ObjectSpec, sink: DiagnosticSink) {
    self.spec = spec
    self.location = mapping.location
    self.sink = sink
    var firstLocations: [String: SourceLocation] = [:]
    firstLocations.reserveCapacity(mapping.entries.count)
    values.reserveCapacity(mapping.entries.count)
    for entry in mapping.entries {
      guard case .scalar(let key) = entry.key else {
        sink.report(LoaderMessages.keyNotText(at: entry.key.location))
        continue
      }
      if let first = firstLocations[key.text] {
        sink.report(LoaderMessages.duplicateKey(key.text, at: key.location, first: first))
        continue
      }
      firstLocations[key.text] = key.location
      if key.text.hasPrefix("x-") { continue }
      if let base = spec.twinBase[key.text] {
        twinNodes.append(
          TwinNode(key: key.text, base: base, keyLocation: key.location, node: entry.value))
        continue
      }
      guard spec.keySet.contains(key.text) else {
        let candidate = spec.keyIndex.closest(to: key.text)
        sink.report(
          LoaderMessages.unknownKey(
            key.text, in: spec, suggestion: candidate, at: key.location))
        continue
      }
      values.append((key.text, entry.value))
    }
  }

  /// The value of `key`, or nil when absent or written as nothing (`key:`).
  func value(_ key: String) -> YAMLNode? {
    assert(spec.field(key) != nil, "\(key) is not in the table for \(spec.name)")
    guard let node = node(key), !node.isNull else { return nil }
    return node
  }

  /// The value of a required key; reports `missing-field` when it is absent
  /// (pointing at `anchor`, else the mapping) or empty.
  func required(_ key: String, anchor: SourceLocation? = nil) -> YAMLNode? {
    guard let node = node(key) else {
      sink.report(LoaderMessages.missingField(key, in: spec, at: anchor ?? location))
      return nil
    }
    guard !node.isNull else {
      sink.report(LoaderMessages.emptyRequired(key, at: node.location))
      return nil
    }
    return node
  }

  /// Whether the key is written at all, even as nothing.
  func contains(_ key: String) -> Bool { node(key) != nil }

  private func node(_ key: String) -> YAMLNode? {
    values.first { $0.key == key }?.node
  }
}
