/// A language visitplan writes in: messages, reports and workbooks.
public enum Language: String, Hashable, Sendable, CaseIterable {
  case russian = "ru"
  case english = "en"
}
