/// A person's grammatical gender, needed to decline a Russian name.
public enum Gender: String, Hashable, Sendable, CaseIterable {
  case male
  case female
}
