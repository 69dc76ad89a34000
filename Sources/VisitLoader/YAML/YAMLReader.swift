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
///   restores the name in the tree. Each repetition costs one more parse, so
///   the number is capped.
/// - **Alias bombs.** Yams shares aliased nodes, so composing is cheap, but
///   copying the tree would expand them. Every real node takes at least one
///   byte of source, so a tree larger than the source plus a margin can only
///   come from aliases, and is refused.
/// - **Deep nesting.** libyaml (as vendored by Yams) stops at 1000 levels;
///   the tree is never deeper.
struct YAMLReader {
  /// How many repeated keys are recovered before giving up. Each costs a
  /// parse of the whole file, so fewer are recovered in a large one: the
  /// total re-parsing stays around 200 MB of text (a few seconds).
  static func maximumRepeatedKeys(forSize bytes: Int) -> Int {
    min(200, max(4, 200_000_000 / max(1, bytes)))
  }
  /// Nodes allowed beyond one per byte of source.
  static let aliasExpansionMargin = 100_000

  enum Outcome {
    case document(YAMLNode)
    case empty
    case failure(Diagnostic)
  }

  /// A renamed key: the private character that stands in for the original one.
  fileprivate struct Rename {
    var placeholder: Unicode.Scalar
    var original: Unicode.Scalar
  }

  static func read(_ source: SourceText) -> Outcome {
    var scalars = Array(source.text.unicodeScalars)
    var renames: [SourceLocation: Rename] = [:]
    while true {
      do {
        let text = renames.isEmpty ? source.text : String(String.UnicodeScalarView(scalars))
        guard let node = try Yams.compose(yaml: text, Resolver.basic) else { return .empty }
        var converter = Converter(
          budget: source.text.utf8.count + aliasExpansionMargin, renames: renames)
        guard let tree = converter.convert(node) else {
          return .failure(LoaderMessages.aliasExpansion(limit: converter.initialBudget))
        }
        return .document(tree)
      } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
        let location = SourceLocation(line: context.mark.line, column: context.mark.column)
        let key = duplicates.sorted().first ?? ""
        guard renames.count < maximumRepeatedKeys(forSize: source.text.utf8.count) else {
          return .failure(LoaderMessages.tooManyRepeatedKeys(key, at: location))
        }
        guard let offset = scalarOffset(of: location, in: source),
          let rename = renameKey(at: offset, in: &scalars, number: renames.count)
        else {
          return .failure(LoaderMessages.repeatedKeyUnrecoverable(key, at: location))
        }
        renames[location] = rename
      } catch let error as YamlError {
        return .failure(diagnostic(for: error, in: source))
      } catch {
        return .failure(LoaderMessages.yamlProblem(String(describing: error), at: nil))
      }
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
  ) -> Rename? {
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
    return Rename(placeholder: placeholder, original: original)
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

/// Copies a Yams tree into the loader's tree, counting nodes against a budget
/// so that aliases cannot make it explode.
private struct Converter {
  let initialBudget: Int
  var budget: Int
  let renames: [SourceLocation: YAMLReader.Rename]

  init(budget: Int, renames: [SourceLocation: YAMLReader.Rename]) {
    self.initialBudget = budget
    self.budget = budget
    self.renames = renames
  }

  mutating func convert(_ node: Node) -> YAMLNode? {
    budget -= 1
    guard budget >= 0 else { return nil }
    switch node {
    case .scalar(let scalar):
      return .scalar(
        YAMLScalar(
          text: scalar.string, isPlain: scalar.style == .plain, location: location(scalar.mark)))
    case .mapping(let mapping):
      var entries: [YAMLMapping.Entry] = []
      entries.reserveCapacity(mapping.count)
      for (key, value) in mapping {
        guard var convertedKey = convert(key), let convertedValue = convert(value) else {
          return nil
        }
        if !renames.isEmpty, case .scalar(var scalar) = convertedKey,
          let rename = renames[scalar.location]
        {
          scalar.text = String(
            String.UnicodeScalarView(
              scalar.text.unicodeScalars.map { $0 == rename.placeholder ? rename.original : $0 }))
          convertedKey = .scalar(scalar)
        }
        entries.append(YAMLMapping.Entry(key: convertedKey, value: convertedValue))
      }
      return .mapping(YAMLMapping(entries: entries, location: location(mapping.mark)))
    case .sequence(let sequence):
      var items: [YAMLNode] = []
      items.reserveCapacity(sequence.count)
      for item in sequence {
        guard let converted = convert(item) else { return nil }
        items.append(converted)
      }
      return .sequence(YAMLSequence(items: items, location: location(sequence.mark)))
    case .alias(let alias):
      return .scalar(YAMLScalar(text: "", isPlain: true, location: location(alias.mark)))
    }
  }

  private func location(_ mark: Mark?) -> SourceLocation {
    mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .startOfFile
  }
}
