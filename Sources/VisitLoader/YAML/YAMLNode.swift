import VisitCore
import Yams

/// A YAML value as the loader sees it: every scalar as its text, every node
/// with its position.
///
/// These are views over the Yams tree, made as the reader walks it, so that
/// a forum-sized file is held in memory once; nothing outside this module
/// sees Yams. Keys renamed to recover from repeated keys are restored here.
enum YAMLNode {
  case scalar(YAMLScalar)
  case mapping(YAMLMapping)
  case sequence(YAMLSequence)

  init(_ node: Node, renames: KeyRenames) {
    switch node {
    case .scalar(let scalar):
      self = .scalar(
        YAMLScalar(
          text: scalar.string, isPlain: scalar.style == .plain, location: Self.location(scalar.mark)
        ))
    case .mapping(let mapping):
      self = .mapping(YAMLMapping(base: mapping, renames: renames))
    case .sequence(let sequence):
      self = .sequence(YAMLSequence(base: sequence, renames: renames))
    case .alias(let alias):
      self = .scalar(YAMLScalar(text: "", isPlain: true, location: Self.location(alias.mark)))
    }
  }

  var location: SourceLocation {
    switch self {
    case .scalar(let scalar): scalar.location
    case .mapping(let mapping): mapping.location
    case .sequence(let sequence): sequence.location
    }
  }

  /// `key:` with nothing after it, `~` or `null`, unquoted.
  var isNull: Bool {
    if case .scalar(let scalar) = self { return scalar.isNull }
    return false
  }

  static func location(_ mark: Mark?) -> SourceLocation {
    mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .startOfFile
  }
}

struct YAMLScalar {
  /// The scalar's text after YAML's own quoting and folding; never resolved
  /// to a number, a boolean or a date.
  var text: String
  /// Unquoted: only a plain scalar can mean "nothing".
  var isPlain: Bool
  var location: SourceLocation

  var isNull: Bool {
    isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
  }
}

struct YAMLMapping {
  struct Entry {
    var key: YAMLNode
    var value: YAMLNode
  }

  private let base: Node.Mapping?
  private let renames: KeyRenames
  let location: SourceLocation

  init(base: Node.Mapping, renames: KeyRenames) {
    self.base = base
    self.renames = renames
    self.location = YAMLNode.location(base.mark)
  }

  /// An empty mapping standing in for "nothing" (`person:` with no fields).
  init(emptyAt location: SourceLocation) {
    self.base = nil
    self.renames = KeyRenames()
    self.location = location
  }

  /// The entries in file order, with renamed keys restored.
  var entries: [Entry] {
    guard let base else { return [] }
    var result: [Entry] = []
    result.reserveCapacity(base.count)
    for (key, value) in base {
      var keyNode = YAMLNode(key, renames: renames)
      if !renames.isEmpty, case .scalar(var scalar) = keyNode,
        let restored = renames.original(of: scalar)
      {
        scalar.text = restored
        keyNode = .scalar(scalar)
      }
      result.append(Entry(key: keyNode, value: YAMLNode(value, renames: renames)))
    }
    return result
  }
}

struct YAMLSequence {
  private let base: Node.Sequence
  private let renames: KeyRenames
  let location: SourceLocation

  init(base: Node.Sequence, renames: KeyRenames) {
    self.base = base
    self.renames = renames
    self.location = YAMLNode.location(base.mark)
  }

  var items: [YAMLNode] { base.map { YAMLNode($0, renames: renames) } }
}

/// Keys the reader renamed to get past Yams's refusal of repeated keys, by
/// position: the placeholder character and the one it replaced.
struct KeyRenames {
  private var byLocation:
    [SourceLocation: (placeholder: Unicode.Scalar, original: Unicode.Scalar)] =
      [:]

  var isEmpty: Bool { byLocation.isEmpty }

  mutating func add(
    at location: SourceLocation, placeholder: Unicode.Scalar, original: Unicode.Scalar
  ) {
    byLocation[location] = (placeholder, original)
  }

  /// The key's text as written, if the key was renamed.
  func original(of scalar: YAMLScalar) -> String? {
    guard let rename = byLocation[scalar.location] else { return nil }
    return String(
      String.UnicodeScalarView(
        scalar.text.unicodeScalars.map { $0 == rename.placeholder ? rename.original : $0 }))
  }
}
