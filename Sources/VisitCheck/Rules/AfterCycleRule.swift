import VisitCore
import VisitDiagnostics

/// `after-cycle`: events whose `after` lists go round in a circle ("a after
/// b, b after a"), so no order can satisfy them. One diagnostic per circle,
/// naming it in order, at the `after` entry of its first event in the file,
/// with a note at every other link.
///
/// - Complexity: O(events + after entries): Tarjan's strongly connected
///   components, then one circle walked inside each.
struct AfterCycleRule: CheckRule {
  var id: RuleID { .afterCycle }

  func check(_ context: CheckContext) -> [Diagnostic] {
    var edges: [Int: [(to: Int, entry: Located<Identifier>)]] = [:]
    context.forEachEvent(where: { !$0.after.isEmpty }) { index in
      for entry in context.event(index).after {
        if let target = context.eventIndexByID[entry.value] {
          edges[index, default: []].append((target, entry))
        }
      }
    }
    guard !edges.isEmpty else { return [] }
    return Self.components(edges).compactMap { component in
      diagnostic(for: component, edges: edges, context)
    }.sorted()
  }

  /// Strongly connected components with a circle: more than one event, or
  /// one that names itself. Iterative, so a long chain cannot overflow.
  private static func components(_ edges: [Int: [(to: Int, entry: Located<Identifier>)]])
    -> [[Int]]
  {
    var index: [Int: Int] = [:]
    var low: [Int: Int] = [:]
    var onStack: Set<Int> = []
    var stack: [Int] = []
    var result: [[Int]] = []
    var counter = 0
    for root in edges.keys.sorted() where index[root] == nil {
      var work: [(node: Int, next: Int)] = [(root, 0)]
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack.insert(root)
      while var top = work.popLast() {
        let targets = edges[top.node] ?? []
        if top.next < targets.count {
          let target = targets[top.next].to
          top.next += 1
          work.append(top)
          if index[target] == nil {
            index[target] = counter
            low[target] = counter
            counter += 1
            stack.append(target)
            onStack.insert(target)
            work.append((target, 0))
          } else if onStack.contains(target) {
            low[top.node] = min(low[top.node] ?? 0, index[target] ?? 0)
          }
          continue
        }
        if let parent = work.last {
          low[parent.node] = min(low[parent.node] ?? 0, low[top.node] ?? 0)
        }
        if low[top.node] == index[top.node] {
          var component: [Int] = []
          while let member = stack.popLast() {
            onStack.remove(member)
            component.append(member)
            if member == top.node { break }
          }
          let selfLoop = targets.contains { $0.to == top.node }
          if component.count > 1 || selfLoop { result.append(component.sorted()) }
        }
      }
    }
    return result
  }

  /// One circle inside the component, from its first event in the file.
  private func diagnostic(
    for component: [Int], edges: [Int: [(to: Int, entry: Located<Identifier>)]],
    _ context: CheckContext
  ) -> Diagnostic? {
    let members = Set(component)
    guard let first = component.first else { return nil }
    var path: [(event: Int, entry: Located<Identifier>)] = []
    var seen: [Int: Int] = [:]
    var current = first
    while seen[current] == nil {
      seen[current] = path.count
      guard let step = (edges[current] ?? []).first(where: { members.contains($0.to) }) else {
        return nil
      }
      path.append((current, step.entry))
      current = step.to
    }
    let circle = Array(path[(seen[current] ?? 0)...])
    guard let head = circle.first else { return nil }
    let names = (circle.map { context.event($0.event) } + [context.event(head.event)]).map {
      Wording.event($0)
    }
    let english = names.map(\.english).joined(separator: " → ")
    let russian = names.map(\.russian).joined(separator: " → ")
    let related = circle.dropFirst().flatMap { link in
      Wording.note(
        "\"after\" goes on here", "круг продолжается здесь", at: link.entry.location)
    }
    return Diagnostic(
      .afterCycle,
      LocalizedText(
        english: "the \"after\" lists go round in a circle (\(english)): no order can satisfy "
          + "them; take one link out",
        russian: "списки «after» замыкаются в круг (\(russian)): ни один порядок их не "
          + "выполнит; уберите одно из звеньев"),
      at: head.entry.location, related: related,
      events: circle.map { context.event($0.event).id.value })
  }
}
