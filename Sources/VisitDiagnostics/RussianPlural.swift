/// Russian noun forms after a number: 1 ошибка, 2 ошибки, 5 ошибок, 21 ошибка.
public enum RussianPlural {
  /// The form to use after `count`.
  public static func form(
    _ count: Int, one: String, few: String, many: String
  ) -> String {
    let lastTwo = abs(count) % 100
    let last = abs(count) % 10
    if (11...14).contains(lastTwo) { return many }
    if last == 1 { return one }
    if (2...4).contains(last) { return few }
    return many
  }

  /// "3 ошибки".
  public static func phrase(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
    "\(count) \(form(count, one: one, few: few, many: many))"
  }
}
