import ArgumentParser
import VisitLoader

/// `visitplan schema`: the JSON Schema of the format, for editors.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of the visit format.",
    discussion: """
      Save it and point your editor's YAML support at it, e.g. for the YAML extension \
      of VS Code: "yaml.schemas": {"visitplan.schema.json": "*.visit.yaml"}.
      """)

  func run() throws {
    try Output.standardOutput(JSONSchemaGenerator.schema())
  }
}
