import Foundation

// Writes a Swift file holding every .txt file below FOLDER, base64-encoded
// so that no text of a template can break the Swift source. It lists the
// folder itself, so a template added since SwiftPM planned the build is
// embedded too.
//
//   embed-templates FOLDER OUTPUT.swift
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: embed-templates FOLDER OUTPUT.swift\n".utf8))
  exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
var source = """
  // Generated from Templates/ by the EmbedTemplates build plugin; do not edit.
  import Foundation

  enum EmbeddedTemplates {
    static let files: [String: String] = {
      var files: [String: String] = [:]

  """
let names = (FileManager.default.subpaths(atPath: folder.path) ?? [])
  .filter { $0.hasSuffix(".txt") }
  .sorted()
for name in names {
  let data = try Data(contentsOf: folder.appendingPathComponent(name))
  source += "    files[\"\(name)\"] = decode(\"\(data.base64EncodedString())\")\n"
}
source += """
      return files
    }()

    private static func decode(_ base64: String) -> String {
      String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
    }
  }

  """
try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
