public import ArgumentParser
import Foundation
public import VisitCore

extension Language: ExpressibleByArgument {}

/// `--lang en|ru`; by default the language of the user's locale settings.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: "Language of messages: en or ru (default: from LC_ALL, LC_MESSAGES, LANG).")
  var explicit: Language?

  var language: Language {
    explicit ?? Self.fromEnvironment(ProcessInfo.processInfo.environment)
  }

  /// POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set and
  /// not empty decides; Russian when it starts with `ru`, else English.
  static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("ru") ? .russian : .english
      }
    }
    return .english
  }
}
