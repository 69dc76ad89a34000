import Foundation

/// Reads an XLSX file with an independent reader (openpyxl, through
/// `Tests/Scripts/inspect_xlsx.py`) and returns its description.
public struct XLSXInspection {
  public let json: [String: Any]

  public init(path: String) throws {
    let script = TestPaths.root.appendingPathComponent("Tests/Scripts/inspect_xlsx.py").path
    let result = try CommandRunner.run("/usr/bin/env", ["python3", script, path])
    guard result.status == 0,
      let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        as? [String: Any]
    else {
      throw InspectionError(message: result.standardError)
    }
    json = object
  }

  public struct InspectionError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "could not read the workbook: \(message)" }
  }

  public var sheets: [[String: Any]] { json["sheets"] as? [[String: Any]] ?? [] }
  public var sheetNames: [String] { sheets.compactMap { $0["name"] as? String } }
  public var formulaCount: Int { json["formulas"] as? Int ?? -1 }
  public var properties: [String: Any] { json["properties"] as? [String: Any] ?? [:] }

  public func sheet(_ name: String) -> [String: Any]? {
    sheets.first { $0["name"] as? String == name }
  }

  /// A cell of a sheet: `value`, `type` (s, n, d), `format`, `date`.
  public func cell(_ sheet: String, _ coordinate: String) -> [String: Any]? {
    (self.sheet(sheet)?["cells"] as? [String: [String: Any]])?[coordinate]
  }

  /// The text values of a column, top to bottom, by row number.
  public func column(_ sheet: String, _ letter: String) -> [(row: Int, value: Any)] {
    let cells = self.sheet(sheet)?["cells"] as? [String: [String: Any]] ?? [:]
    return cells.compactMap { coordinate, cell -> (Int, Any)? in
      guard coordinate.hasPrefix(letter), let row = Int(coordinate.dropFirst(letter.count)),
        let value = cell["value"]
      else { return nil }
      return (row, value)
    }.sorted { $0.0 < $1.0 }
  }
}
