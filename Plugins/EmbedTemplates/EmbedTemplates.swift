import Foundation
import PackagePlugin

/// Embeds the top-level `Templates/` folder in the module that renders
/// reports, so the built binary has its templates wherever it is run from;
/// `Templates/` stays the single source that users read and copy.
///
/// The files and their folders are the command's inputs, and the tool lists
/// the folder itself: a template changed, added or removed is embedded on the
/// next build (SwiftPM caches this plugin's own answer with the build plan).
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Templates")
    let files = (FileManager.default.subpaths(atPath: folder.path) ?? [])
      .filter { $0.hasSuffix(".txt") }
      .sorted()
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    // The folders are inputs too: adding or removing a file changes them.
    let folders = Set(files.map { ($0 as NSString).deletingLastPathComponent })
      .sorted().map { folder.appending(path: $0) }
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) report templates",
        executable: try context.tool(named: "embed-templates").url,
        arguments: [folder.path, output.path],
        inputFiles: [folder] + folders + files.map { folder.appending(path: $0) },
        outputFiles: [output])
    ]
  }
}
