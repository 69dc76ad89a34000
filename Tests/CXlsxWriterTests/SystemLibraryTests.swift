import CXlsxWriter
import Testing

/// The workbook module (next issues) stands on Debian's libxlsxwriter-dev;
/// this proves the set-up installed it and that it links.
@Suite("libxlsxwriter is installed")
struct SystemLibraryTests {
  @Test("the library links and is version 1.1.x")
  func version() throws {
    let version = String(cString: try #require(lxw_version()))
    #expect(version.hasPrefix("1.1."))
    #expect(lxw_version_id() >= 114)
  }
}
