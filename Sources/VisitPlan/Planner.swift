public import VisitCore
public import VisitDiagnostics

/// How to plan (the options of `visitplan plan`).
public struct PlanOptions: Sendable {
  /// Timed events that are not `fixed` may move, at a cost.
  public var repair: Bool
  /// Seconds the search may take; it stops earlier when it proves its plan.
  public var timeLimit: Double
  /// Events the planner must leave as they are: the command's safety net,
  /// for an event whose placement the checker still objects to.
  public var excluded: Set<Identifier>

  public init(repair: Bool = false, timeLimit: Double = 5, excluded: Set<Identifier> = []) {
    self.repair = repair
    self.timeLimit = timeLimit
    self.excluded = excluded
  }
}

/// What the planner decided.
public struct PlanOutcome: Sendable {
  /// One event given a day and a time (or moved, under `--repair`).
  public struct Decision: Sendable, Hashable {
    /// Position in `visit.events` (day blocks in file order, then `unscheduled`).
    public let eventIndex: Int
    public let id: Identifier
    public let date: CalendarDate
    public let start: WallClockTime
    public let end: WallClockTime
    public let wasDate: CalendarDate?
    public let wasStart: WallClockTime?
    public let wasEnd: WallClockTime?
    public let site: Identifier?
  }

  /// One line of the file that keeps an event out.
  public struct Requirement: Sendable, Hashable {
    public let kind: String
    public let location: SourceLocation?
    public let text: LocalizedText
    /// What the placement test drops to relax it (tests check minimality).
    let key: RequirementKey
  }

  /// An event the planner could not place, and a minimal set of reasons.
  public struct Unplaced: Sendable, Hashable {
    public let eventIndex: Int
    public let id: Identifier
    public let location: SourceLocation?
    public let requirements: [Requirement]
  }

  public var decisions: [Decision] = []
  public var unplaced: [Unplaced] = []
  public var priorityPlaced = 0
  public var priorityTotal = 0
  public var sumOfEnds = 0
  public var moved = 0
  public var minutesMoved = 0
  /// The plan is proven best: no plan scores better on the aims.
  public var isProven = false
  public var seconds = 0.0
  /// When the first complete plan (the greedy one) was ready.
  public var firstPlanSeconds = 0.0
  /// The search was cut by the time limit: then the same input may give
  /// another plan on a slower machine.
  public var hitTimeLimit = false

  public init() {}
}

/// The planner (planner.md): a greedy first plan in the checker's semantics,
/// improved by large-neighbourhood search (remove a few related events, put
/// them back in another order), proven best only against a lower bound it
/// actually meets, and "why not" by a deletion filter over each unplaced
/// event's requirements with the placement test as the oracle.
///
/// Deterministic: the search draws from a fixed-seed generator and stops after
/// a work budget set by the size of the problem, not by the clock; the time
/// limit only cuts it short.
public enum Planner {
  public static func plan(_ visit: Visit, options: PlanOptions = PlanOptions()) -> PlanOutcome {
    let clock = ContinuousClock()
    let began = clock.now
    func elapsed() -> Double {
      let duration = clock.now - began
      return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    let problem = PlanProblem(visit: visit, repair: options.repair)
    var outcome = PlanOutcome()
    // A few independent runs from different orders for small and middling
    // visits (each with its share of the work); the best plan wins.
    let runs = problem.items.count <= 80 ? 3 : problem.items.count <= 200 ? 2 : 1
    var best: Search?
    for run in 0..<runs {
      var search = Search(problem: problem, options: options, run: run)
      search.firstPlan()
      search.eject()
      if run == 0 { outcome.firstPlanSeconds = elapsed() }
      if !search.lowerBoundMet() {
        let cut = search.improve(deadline: options.timeLimit, share: runs, elapsed: elapsed)
        outcome.hitTimeLimit = outcome.hitTimeLimit || cut
      }
      search.retryUnplaced()
      search.makeRoom()
      search.eject()
      if best.map({ $0.isWorse(than: search) }) ?? true { best = search }
      if search.lowerBoundMet() || elapsed() > options.timeLimit { break }
    }
    // Small visits not proven best: Z3 proposes a plan with a bounded amount
    // of work, and it is kept only if it fits the checker's semantics and
    // scores better.
    if var current = best, !options.repair, !current.lowerBoundMet(),
      current.subjects.count <= ExactSolver.largestVisit, options.timeLimit >= 2
    {
      var fresh = Search(problem: problem, options: options)
      let solver = ExactSolver(placement: fresh.placement, tasks: fresh.subjects)
      // Work Z3 does in about 0.8 s here per second of the limit; the
      // clock stops it too, should a slower machine need longer.
      let work = UInt32(min(20_000_000, 1_200_000 * (options.timeLimit - 1.5)))
      let remaining = options.timeLimit - elapsed() - 0.3
      if remaining > 0.5,
        let starts = solver.solve(work: work, milliseconds: UInt32(remaining * 1000)),
        fresh.adopt(starts)
      {
        fresh.retryUnplaced()
        fresh.makeRoom()
        fresh.eject()
        if current.isWorse(than: fresh) { current = fresh }
        best = current
      }
    }
    guard let search = best else { return outcome }
    outcome.isProven = search.lowerBoundMet()
    search.fill(&outcome)
    outcome.unplaced = search.unplacedTasks.map { item in
      Explainer(placement: search.placement).explain(item)
    }
    outcome.seconds = elapsed()
    return outcome
  }
}

/// A small fixed-seed generator (SplitMix64): the same plan on every machine.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

  /// A number in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
