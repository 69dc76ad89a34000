import Foundation
import Testing
import VisitTestSupport

@Suite("visitplan schema")
struct SchemaCommandTests {
  @Test("prints a draft 2020-12 JSON Schema")
  func schemaIsJSON() throws {
    let result = try CommandRunner.visitplan(["schema"])
    #expect(result.status == 0)
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect((schema["required"] as? [String]) == ["format", "visit"])
    let definitions = try #require(schema["$defs"] as? [String: Any])
    for name in [
      "visit", "person", "organization", "place", "site", "event", "gift", "agreement", "settings",
    ] {
      #expect(definitions[name] != nil, "\(name)")
    }
  }

  @Test(
    "every seed file and every new key validate against it (Python jsonschema, YAML 1.2 typing as editors use)"
  )
  func seedsValidate() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schemaPath = folder.appendingPathComponent("visitplan.schema.json")
    try Data(try CommandRunner.visitplan(["schema"]).standardOutput.utf8).write(to: schemaPath)
    let script = TestPaths.root.appendingPathComponent("Tests/Scripts/validate_schema.py").path
    let result = try CommandRunner.run(
      "/usr/bin/env",
      [
        "python3", script, schemaPath.path, TestPaths.seedAccount.path,
        TestPaths.seedProgramme.path, TestPaths.seed("rapota-orenburg-2008.visit.yaml").path,
        TestPaths.seed("veterans-moscow-2001.visit.yaml").path,
        TestPaths.seed("lagos-auckland-2000.visit.yaml").path,
        TestPaths.fixture("programme-keys.visit.yaml").path,
      ])
    #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    #expect(result.standardOutput.components(separatedBy: ": valid").count == 7)
  }

  @Test("the schema catches what the checker catches: an unknown key, a bad time")
  func schemaRejects() throws {
    let folder = try TestPaths.makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schemaPath = folder.appendingPathComponent("visitplan.schema.json")
    try Data(try CommandRunner.visitplan(["schema"]).standardOutput.utf8).write(to: schemaPath)
    let script = TestPaths.root.appendingPathComponent("Tests/Scripts/validate_schema.py").path
    for fixture in ["unknown-key.visit.yaml", "invalid-value.visit.yaml"] {
      let result = try CommandRunner.run(
        "/usr/bin/env", ["python3", script, schemaPath.path, TestPaths.fixture(fixture).path])
      #expect(result.status == 1, "\(fixture)")
    }
  }
}
