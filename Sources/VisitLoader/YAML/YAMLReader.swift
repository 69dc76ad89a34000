import CYAML
import VisitCore
import VisitDiagnostics

/// Turns source text into the loader's YAML tree, or a `yaml-syntax`
/// diagnostic that says what is wrong and where, reading libyaml's event
/// stream directly: one pass, one tree, no second copy of the file.
///
/// Three hazards of untrusted YAML are handled here, each in the same pass:
/// - **Repeated keys.** A mapping keeps every entry, repeats included, so the
///   reader can report a repeated id or key with both positions. (A parser
///   that refuses repeated keys forces a re-parse per repetition, which made
///   a 1 MB file of repeated keys take a quarter of a minute.)
/// - **Alias bombs.** An alias does not copy the anchored node, but every
///   later walk expands it. The expansion is counted as the aliases are met,
///   in nodes and in characters of text: a tree that expands to more nodes
///   than the source has bytes (plus a margin), or to more than four times the
///   source's text (plus a megabyte), can only come from aliases, and is
///   refused at the alias that crosses the line. Counting characters matters
///   as much as nodes: one 50,000-character title aliased 2,000 times is few
///   nodes but a hundred megabytes for every later step.
/// - **Deep nesting.** Collections nested more than 1000 levels are refused;
///   the tree is built without recursion, so no depth can overflow the stack.
struct YAMLReader {
  /// Nodes allowed beyond one per byte of source.
  static let aliasExpansionMargin = 100_000
  /// Characters of text allowed beyond four times the source's size.
  static let aliasTextMargin = 1_000_000
  static let maximumDepth = 1000

  enum Outcome {
    case document(YAMLNode)
    case empty
    case failure(Diagnostic)
  }

  static func read(_ source: SourceText) -> Outcome {
    var text = source.text
    return text.withUTF8 { bytes in
      var composer = Composer(sourceSize: bytes.count)
      return composer.compose(bytes, source: source)
    }
  }

  /// The expanded size of an anchored node: what each alias of it adds.
  fileprivate struct Weight {
    var nodes: Int
    var textBytes: Int
  }

  fileprivate struct Composer {
    let nodeLimit: Int
    let textLimit: Int
    let document: YAMLDocument
    /// Open collections: the node and where its children start in `pending`.
    var open: [(node: Int32, firstPending: Int, anchor: String?, weightAtStart: Weight)] = []
    var pending: [Int32] = []
    var anchors: [String: (node: Int32, weight: Weight)] = [:]
    /// Nodes and text met so far, aliases expanded.
    var expanded = Weight(nodes: 0, textBytes: 0)
    var root: Int32?
    var documentEnded = false

    init(sourceSize: Int) {
      document = YAMLDocument(sourceSize: sourceSize)
      nodeLimit = sourceSize + YAMLReader.aliasExpansionMargin
      textLimit = 4 * sourceSize + YAMLReader.aliasTextMargin
    }

    mutating func compose(_ bytes: UnsafeBufferPointer<UInt8>, source: SourceText) -> Outcome {
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(LoaderMessages.yamlProblem("out of memory", at: nil))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
      var event = yaml_event_t()
      while true {
        guard yaml_parser_parse(&parser, &event) == 1 else {
          return .failure(YAMLReader.diagnostic(for: parser, in: source))
        }
        let step = handle(event)
        yaml_event_delete(&event)
        switch step {
        case .next: continue
        case .finished:
          guard let root else { return .empty }
          return .document(document.node(root))
        case .failed(let diagnostic): return .failure(diagnostic)
        }
      }
    }

    enum Step {
      case next
      case finished
      case failed(Diagnostic)
    }

    private mutating func handle(_ event: yaml_event_t) -> Step {
      let location = SourceLocation(
        line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      switch event.type {
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        documentEnded = event.type == YAML_DOCUMENT_END_EVENT
        return .next
      case YAML_DOCUMENT_START_EVENT:
        guard !documentEnded else {
          return .failed(
            LoaderMessages.yamlProblem(
              "but found another document", at: location,
              context: "expected a single document in the stream",
              contextLocation: .startOfFile))
        }
        return .next
      case YAML_STREAM_END_EVENT:
        return .finished
      case YAML_ALIAS_EVENT:
        let name = Self.string(event.data.alias.anchor) ?? ""
        guard let anchored = anchors[name] else {
          return .failed(LoaderMessages.yamlProblem("found undefined alias", at: location))
        }
        expanded.nodes += anchored.weight.nodes
        expanded.textBytes += anchored.weight.textBytes
        if expanded.nodes > nodeLimit {
          return .failed(LoaderMessages.aliasExpansion(limit: nodeLimit, at: location))
        }
        if expanded.textBytes > textLimit {
          return .failed(LoaderMessages.aliasTextExpansion(limit: textLimit, at: location))
        }
        attach(anchored.node)
        return .next
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text =
          scalar.length == 0
          ? ""
          : String(
            decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
            as: UTF8.self)
        let index = add(
          kind: scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plainScalar : .quotedScalar,
          at: location, payload: Int32(document.texts.count), count: 0)
        document.texts.append(text)
        expanded.nodes += 1
        expanded.textBytes += scalar.length
        if let anchor = Self.string(scalar.anchor) {
          anchors[anchor] = (index, Weight(nodes: 1, textBytes: scalar.length))
        }
        attach(index)
        return .next
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        guard open.count < YAMLReader.maximumDepth else {
          return .failed(
            LoaderMessages.yamlProblem(
              "Maximum nesting level reached", at: location, context: "while parsing"))
        }
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        let anchor =
          isMapping
          ? Self.string(event.data.mapping_start.anchor)
          : Self.string(event.data.sequence_start.anchor)
        let index = add(kind: isMapping ? .mapping : .sequence, at: location, payload: 0, count: 0)
        open.append((index, pending.count, anchor, expanded))
        expanded.nodes += 1
        return .next
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = open.popLast() else { return .next }
        let start = document.children.count
        document.children.append(contentsOf: pending[frame.firstPending...])
        pending.removeSubrange(frame.firstPending...)
        document.nodes[Int(frame.node)].payload = Int32(start)
        document.nodes[Int(frame.node)].count = Int32(document.children.count - start)
        if let anchor = frame.anchor {
          anchors[anchor] = (
            frame.node,
            Weight(
              nodes: expanded.nodes - frame.weightAtStart.nodes,
              textBytes: expanded.textBytes - frame.weightAtStart.textBytes)
          )
        }
        attach(frame.node)
        return .next
      default:
        return .next
      }
    }

    private mutating func add(
      kind: YAMLDocument.Kind, at location: SourceLocation, payload: Int32, count: Int32
    ) -> Int32 {
      let index = Int32(document.nodes.count)
      document.nodes.append(
        YAMLDocument.Node(
          kind: kind, line: Int32(clamping: location.line),
          column: Int32(clamping: location.column),
          payload: payload, count: count))
      return index
    }

    /// Adds a finished node to the collection being read, or makes it the root.
    private mutating func attach(_ node: Int32) {
      if open.isEmpty {
        if root == nil { root = node }
      } else {
        pending.append(node)
      }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
      pointer.map { String(cString: $0) }
    }
  }

  /// What libyaml reported, as a diagnostic at its position.
  private static func diagnostic(for parser: yaml_parser_t, in source: SourceText) -> Diagnostic {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    switch parser.error {
    case YAML_MEMORY_ERROR:
      return LoaderMessages.yamlProblem("out of memory", at: nil)
    case YAML_READER_ERROR:
      return LoaderMessages.unreadableCharacter(
        problem, value: parser.problem_value,
        at: source.location(ofUTF8Offset: Int(parser.problem_offset)))
    default:
      let location = SourceLocation(
        line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
      let context = parser.context.map { String(cString: $0) }
      let contextLocation = context.map { _ in
        SourceLocation(
          line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
      }
      return LoaderMessages.yamlProblem(
        problem, at: location, context: context, contextLocation: contextLocation)
    }
  }
}
