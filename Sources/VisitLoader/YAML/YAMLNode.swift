import VisitCore

/// A YAML value as the loader sees it: every scalar as its text, every node
/// with its position. It is the loader's own tree, so that nothing outside
/// the YAML reader depends on Yams.
indirect enum YAMLNode {
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
  var entries: [Entry]
  var location: SourceLocation
}

struct YAMLSequence {
  var items: [YAMLNode]
  var location: SourceLocation
}
