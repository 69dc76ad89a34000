import ArgumentParser
import Foundation

/// When to colour diagnostics.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

struct ColorOption: ParsableArguments {
  @Option(
    name: .customLong("color"),
    help: "Colour output: auto (a terminal without NO_COLOR), always, never.")
  var choice: ColorChoice = .auto

  /// `auto` colours only a terminal, and never when `NO_COLOR` is set to
  /// anything but the empty string (no-color.org).
  func usesColor(forDescriptor descriptor: Int32) -> Bool {
    switch choice {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
      return noColor.isEmpty && Output.isTerminal(descriptor)
    }
  }
}
