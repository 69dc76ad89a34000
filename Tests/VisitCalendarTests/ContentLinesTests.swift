import Testing

@testable import VisitCalendar

@Suite("iCalendar content lines")
struct ContentLinesTests {
  @Test("TEXT escaping: backslash, semicolon, comma and every line break")
  func escaping() {
    #expect(ContentLines.escaped("a,b;c\\d") == "a\\,b\\;c\\\\d")
    #expect(ContentLines.escaped("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
    #expect(ContentLines.escaped("tab\there\u{0}") == "tab here")
    #expect(ContentLines.escaped("«Кавычки» — тире") == "«Кавычки» — тире")
  }

  @Test("folding at 75 octets never splits a UTF-8 character, and unfolds to the line")
  func folding() throws {
    var lines = ContentLines()
    let value = String(repeating: "Очень длинное название 🎉 события; ", count: 6)
    lines.add(text: "SUMMARY", value)
    let physical = lines.text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    #expect(physical.count > 3)
    for line in physical {
      #expect(line.utf8.count <= 75, "\(line.utf8.count) octets")
    }
    for line in physical.dropFirst() {
      #expect(line.hasPrefix(" "))
    }
    let unfolded = lines.text.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded == "SUMMARY:" + ContentLines.escaped(value) + "\r\n")
  }

  @Test("a line of exactly 75 octets stays whole")
  func exactWidth() {
    var lines = ContentLines()
    lines.add("X", String(repeating: "a", count: 73))
    #expect(!lines.text.contains("\r\n "))
    lines.add("Y", String(repeating: "b", count: 74))
    #expect(lines.text.contains("\r\n b\r\n"))
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
