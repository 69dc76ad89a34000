import VisitCore

/// The YAML tree of one file, stored flat: one array of nodes, one of scalar
/// texts, one of child indices. A forum-sized file has a million nodes; a
/// tree of objects would cost an allocation each.
///
/// An alias is not a node of its own: the parent lists the anchored node's
/// index, so the tree is a graph whose expansion `YAMLReader` has bounded.
final class YAMLDocument {
  /// Room for a file of `sourceSize` bytes: a visit file has a node per 25
  /// to 30 bytes, so arrays sized from the file never grow (and copy) while
  /// a forum is read. Memory not written to is never touched.
  init(sourceSize: Int = 0) {
    nodes.reserveCapacity(sourceSize / 16)
    texts.reserveCapacity(sourceSize / 24)
    children.reserveCapacity(sourceSize / 16)
  }

  enum Kind: UInt8 {
    case plainScalar, quotedScalar, mapping, sequence
  }

  struct Node {
    var kind: Kind
    var line: Int32
    var column: Int32
    /// A scalar's index into `texts`; a collection's first index into `children`.
    var payload: Int32
    /// A collection's number of children (keys and values alternate in a mapping).
    var count: Int32

    var location: SourceLocation { SourceLocation(line: Int(line), column: Int(column)) }
  }

  var nodes: [Node] = []
  var texts: [String] = []
  var children: [Int32] = []

  func node(_ index: Int32) -> YAMLNode {
    let node = nodes[Int(index)]
    switch node.kind {
    case .plainScalar, .quotedScalar:
      return .scalar(
        YAMLScalar(
          text: texts[Int(node.payload)], isPlain: node.kind == .plainScalar,
          location: node.location))
    case .mapping:
      return .mapping(YAMLMapping(document: self, index: index, location: node.location))
    case .sequence:
      return .sequence(YAMLSequence(document: self, index: index, location: node.location))
    }
  }

  /// The children of a collection, in file order.
  func childIndices(of index: Int32) -> ArraySlice<Int32> {
    let node = nodes[Int(index)]
    let start = Int(node.payload)
    return children[start..<(start + Int(node.count))]
  }
}

/// A YAML value as the loader sees it: every scalar as its text, every node
/// with its position.
enum YAMLNode {
  case scalar(YAMLScalar)
  case mapping(YAMLMapping)
  case sequence(YAMLSequence)

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

  private let document: YAMLDocument?
  private let index: Int32
  let location: SourceLocation

  init(document: YAMLDocument, index: Int32, location: SourceLocation) {
    self.document = document
    self.index = index
    self.location = location
  }

  /// An empty mapping standing in for "nothing" (`person:` with no fields).
  init(emptyAt location: SourceLocation) {
    self.document = nil
    self.index = -1
    self.location = location
  }

  /// How many entries the mapping has, repeated keys included.
  var count: Int {
    guard let document else { return 0 }
    return Int(document.nodes[Int(index)].count) / 2
  }

  /// The entries in file order, repeated keys included: the reader reports
  /// them with both positions.
  var entries: [Entry] {
    guard let document else { return [] }
    let children = document.childIndices(of: index)
    var result: [Entry] = []
    result.reserveCapacity(children.count / 2)
    var position = children.startIndex
    while position + 1 < children.endIndex {
      result.append(
        Entry(
          key: document.node(children[position]), value: document.node(children[position + 1])))
      position += 2
    }
    return result
  }
}

struct YAMLSequence {
  private let document: YAMLDocument
  private let index: Int32
  let location: SourceLocation

  init(document: YAMLDocument, index: Int32, location: SourceLocation) {
    self.document = document
    self.index = index
    self.location = location
  }

  var items: [YAMLNode] { document.childIndices(of: index).map { document.node($0) } }
}
