public import VisitDiagnostics

/// One check rule: a small type that looks at the visit and says what is
/// wrong. Each rule lives in its own file under `Rules/`, named after it.
public protocol CheckRule: Sendable {
  /// The slug and severity of everything this rule reports.
  var id: RuleID { get }

  /// The problems the rule finds. Rules do not filter by `ignore:`; the
  /// checker does that once for all of them.
  func check(_ context: CheckContext) -> [Diagnostic]
}
