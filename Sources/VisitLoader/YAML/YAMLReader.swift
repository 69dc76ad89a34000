import Foundation
import VisitCore
import VisitDiagnostics
import Yams

/// Turns source text into the loader's YAML tree, or a `yaml-syntax`
/// diagnostic that says what is wrong and where.
///
/// Three hazards of untrusted YAML are handled here:
/// - **Repeated keys.** Yams refuses a mapping with a repeated key and keeps
///   nothing. The format wants a repeated id reported as `duplicate-id` with
///   both positions, so the reader renames the first occurrence to a private
///   character of the same length (columns stay right), parses again, and
///   the tree restores the name. Each repetition costs one more parse, so the
///   number is capped by the file's size.
/// - **Alias bombs.** Yams shares aliased nodes, so composing is cheap, but
///   walking the tree would expand them. Every real node takes at least one
///   byte of source, so a tree of more nodes than the source has bytes (plus
///   a margin) can only come from aliases, and is refused. Without an `&` in
///   the file there are no anchors, hence no aliases, and no need to count.
/// - **Deep nesting.** libyaml (as vendored by Yams) stops at 1000 levels;
///   the tree is never deeper.
struct YAMLReader {
  /// Nodes allowed beyond one per byte of source.
  static let aliasExpansionMargin = 100_000

  /// How many repeated keys are recovered before giving up. Each costs a
  /// parse of the whole file, so fewer are recovered in a large one: the
  /// total re-parsing stays around 200 MB of text (a few seconds).
  static func maximumRepeatedKeys(forSize bytes: Int) -> Int {
    min(200, max(4, 200_000_000 / max(1, bytes)))
  }

  enum Outcome {
    case document(YAMLNode)
    case empty
    case failure(Diagnostic)
  }

  static func read(_ source: SourceText) -> Outcome {
    var scalars: [Unicode.Scalar] = []
    var renames = KeyRenames()
    var renameCount = 0
    while true {
      do {
        let text = renames.isEmpty ? source.text : String(String.UnicodeScalarView(scalars))
        guard let node = try Yams.compose(yaml: text, Resolver.basic) else { return .empty }
        let bytes = source.text.utf8.count
        if source.text.utf8.contains(UInt8(ascii: "&")) {
          var budget = bytes + aliasExpansionMargin
          guard fits(node, within: &budget) else {
            return .failure(LoaderMessages.aliasExpansion(limit: bytes + aliasExpansionMargin))
          }
        }
        return .document(YAMLNode(node, renames: renames))
      } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
        let location = SourceLocation(line: context.mark.line, column: context.mark.column)
        let key = duplicates.sorted().first ?? ""
        guard renameCount < maximumRepeatedKeys(forSize: source.text.utf8.count) else {
          return .failure(LoaderMessages.tooManyRepeatedKeys(key, at: location))
        }
        if scalars.isEmpty { scalars = Array(source.text.unicodeScalars) }
        guard let offset = scalarOffset(of: location, in: source),
          let (placeholder, original) = renameKey(at: offset, in: &scalars, number: renameCount)
        else {
          return .failure(LoaderMessages.repeatedKeyUnrecoverable(key, at: location))
        }
        renames.add(at: location, placeholder: placeholder, original: original)
        renameCount += 1
      } catch let error as YamlError {
        return .failure(diagnostic(for: error, in: source))
      } catch {
        return .failure(LoaderMessages.yamlProblem(String(describing: error), at: nil))
      }
    }
  }

  /// Counts the nodes of the tree as a walk would meet them (aliases
  /// expanded), stopping as soon as the budget is spent.
  private static func fits(_ node: Node, within budget: inout Int) -> Bool {
    budget -= 1
    guard budget >= 0 else { return false }
    switch node {
    case .scalar, .alias: return true
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard fits(key, within: &budget), fits(value, within: &budget) else { return false }
      }
      return true
    case .sequence(let sequence):
      for item in sequence where !fits(item, within: &budget) { return false }
      return true
    }
  }

  /// The index into the scalar array of a line and column.
  private static func scalarOffset(of location: SourceLocation, in source: SourceText) -> Int? {
    guard let utf8Offset = source.utf8Offset(of: location) else { return nil }
    let text = source.text
    let index = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset)
    return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
  }

  /// Replaces the first character of the key that starts at `offset` with a
  /// private-use character, unique per rename. Nil when the key cannot be
  /// renamed that way (an escape sequence, an empty quoted key, a tag).
  private static func renameKey(
    at offset: Int, in scalars: inout [Unicode.Scalar], number: Int
  ) -> (placeholder: Unicode.Scalar, original: Unicode.Scalar)? {
    guard offset < scalars.count else { return nil }
    var index = offset
    if scalars[index] == "\"" || scalars[index] == "'" {
      index += 1
      guard index < scalars.count else { return nil }
    }
    let original = scalars[index]
    let forbidden: Set<Unicode.Scalar> = [
      "\\", "\"", "'", "&", "!", "*", "?", "[", "{", "\n", "\r", " ", "\t", ":",
    ]
    guard !forbidden.contains(original),
      let placeholder = Unicode.Scalar(0xE000 + UInt32(number))
    else { return nil }
    scalars[index] = placeholder
    return (placeholder, original)
  }

  private static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let location = SourceLocation(line: mark.line, column: mark.column)
      let contextLocation = context.map {
        SourceLocation(line: $0.mark.line, column: $0.mark.column)
      }
      return LoaderMessages.yamlProblem(
        problem, at: location, context: context?.text, contextLocation: contextLocation)
    case .reader(let problem, let offset, let value, let yaml):
      var location = SourceLocation.startOfFile
      if let offset,
        let index = yaml.index(
          yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex)
      {
        location = source.location(
          ofUTF8Offset: yaml.utf8.distance(from: yaml.utf8.startIndex, to: index))
      }
      return LoaderMessages.unreadableCharacter(problem, value: value, at: location)
    case .memory:
      return LoaderMessages.yamlProblem("out of memory", at: nil)
    default:
      return LoaderMessages.yamlProblem(String(describing: error), at: nil)
    }
  }
}
