import Foundation
import PackagePlugin

/// Embeds the top-level `Templates/` folder in the module that renders
/// reports, so the built binary has its templates wherever it is run from;
/// `Templates/` stays the single source that users read and copy.
///
/// A changed template is embedded again on the next build. The list of
/// files is read when SwiftPM plans the build, which it caches: after adding
/// or removing a template file, `touch Package.swift` (or `make clean`).
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Templates")
    let files = (FileManager.default.subpaths(atPath: folder.path) ?? [])
      .filter { $0.hasSuffix(".txt") }
      .sorted()
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) report templates",
        executable: try context.tool(named: "embed-templates").url,
        arguments: [folder.path, output.path] + files,
        inputFiles: files.map { folder.appending(path: $0) },
        outputFiles: [output])
    ]
  }
}
