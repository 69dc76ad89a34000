import CZ3

/// Small visits solved by Z3 (`Optimize`, the two aims in order): the
/// benchmark showed it placing more than the planner's own search on some
/// 40-event visits when it has a few seconds (docs/planner.md). Its plan is
/// a proposal: the search replays it through the placement test, the
/// checker's semantics, and keeps it only when every event fits there and
/// the plan scores better.
///
/// The model is the planner's problem on the safe side: events sharing a
/// person keep the journey between them whichever events lie between (with
/// metric travel the same thing; otherwise stricter), lunch asks that the
/// journey around it fit next to it for any two events at venues, a meal
/// does not waive it. A shared venue with a `capacity` is not modelled:
/// such visits are not given to Z3.
///
/// The work is bounded by Z3's resource limit, not by the clock, so the
/// same input gives the same proposal on every machine.
struct ExactSolver {
  /// Visits with more events to place go without: past this size Z3 falls
  /// behind the search (docs/planner.md).
  static let largestVisit = 60

  let placement: Placement
  let tasks: [Int]

  private var problem: PlanProblem { placement.problem }

  /// Whether the visit is one the model covers.
  var isApplicable: Bool {
    !tasks.isEmpty
      && !tasks.contains { task in
        problem.items[task].site.map {
          problem.sites[$0].isShared && problem.sites[$0].capacity != nil
        } ?? false
      }
  }

  /// Start minutes of the events Z3 placed, or nil when it found no plan
  /// within `work` (Z3's rlimit) or `milliseconds`.
  func solve(work: UInt32, milliseconds: UInt32) -> [Int: Int]? {
    guard isApplicable else { return nil }
    guard let config = Z3_mk_config() else { return nil }
    Z3_set_param_value(config, "model", "true")
    guard let context = Z3_mk_context(config) else {
      Z3_del_config(config)
      return nil
    }
    Z3_del_config(config)
    // No handler: an error sets a code instead of ending the process.
    Z3_set_error_handler(context, nil)
    defer { Z3_del_context(context) }
    guard let optimize = Z3_mk_optimize(context) else { return nil }
    Z3_optimize_inc_ref(context, optimize)
    defer { Z3_optimize_dec_ref(context, optimize) }
    var model = Model(context: context, optimize: optimize)
    build(&model)
    guard Z3_get_error_code(context) == Z3_OK else { return nil }
    guard let parameters = Z3_mk_params(context) else { return nil }
    Z3_params_inc_ref(context, parameters)
    Z3_params_set_uint(context, parameters, Z3_mk_string_symbol(context, "rlimit"), work)
    Z3_params_set_uint(context, parameters, Z3_mk_string_symbol(context, "timeout"), milliseconds)
    Z3_optimize_set_params(context, optimize, parameters)
    Z3_params_dec_ref(context, parameters)
    _ = Z3_optimize_check(context, optimize, 0, nil)
    guard Z3_get_error_code(context) == Z3_OK,
      let result = Z3_optimize_get_model(context, optimize)
    else { return nil }
    Z3_model_inc_ref(context, result)
    defer { Z3_model_dec_ref(context, result) }
    var starts: [Int: Int] = [:]
    for (task, variables) in model.tasks {
      var present: Z3_ast?
      guard Z3_model_eval(context, result, variables.present, true, &present),
        let present, Z3_get_bool_value(context, present) == Z3_L_TRUE
      else { continue }
      var start: Z3_ast?
      var minute: Int64 = 0
      guard Z3_model_eval(context, result, variables.start, true, &start), let start,
        Z3_get_numeral_int64(context, start, &minute)
      else { continue }
      starts[task] = Int(minute)
    }
    return starts
  }

  // MARK: The model

  /// The Z3 terms of one event the planner places.
  struct TaskTerms {
    let start: Z3_ast
    let present: Z3_ast
    /// Whether it is on a day, by day.
    var onDay: [Int: Z3_ast]
  }

  /// Builds terms in one context; Z3_mk_context collects them itself.
  struct Model {
    let context: Z3_context
    let optimize: Z3_optimize
    var tasks: [Int: TaskTerms] = [:]
    private var names = 0

    init(context: Z3_context, optimize: Z3_optimize) {
      self.context = context
      self.optimize = optimize
    }

    var integer: Z3_sort { Z3_mk_int_sort(context) }

    mutating func integerVariable() -> Z3_ast {
      names += 1
      return Z3_mk_const(context, Z3_mk_int_symbol(context, Int32(names)), integer)
    }

    mutating func booleanVariable() -> Z3_ast {
      names += 1
      return Z3_mk_const(context, Z3_mk_int_symbol(context, Int32(names)), Z3_mk_bool_sort(context))
    }

    func number(_ value: Int) -> Z3_ast { Z3_mk_int64(context, Int64(value), integer) }
    func sum(_ terms: [Z3_ast]) -> Z3_ast {
      terms.isEmpty
        ? number(0)
        : terms.map(Optional.some).withUnsafeBufferPointer {
          Z3_mk_add(context, UInt32(terms.count), $0.baseAddress)
        }
    }
    func plus(_ term: Z3_ast, _ value: Int) -> Z3_ast { sum([term, number(value)]) }
    func all(_ terms: [Z3_ast]) -> Z3_ast {
      terms.isEmpty
        ? Z3_mk_true(context)
        : terms.map(Optional.some).withUnsafeBufferPointer {
          Z3_mk_and(context, UInt32(terms.count), $0.baseAddress)
        }
    }
    func any(_ terms: [Z3_ast]) -> Z3_ast {
      terms.isEmpty
        ? Z3_mk_false(context)
        : terms.map(Optional.some).withUnsafeBufferPointer {
          Z3_mk_or(context, UInt32(terms.count), $0.baseAddress)
        }
    }
    func atMostOne(_ terms: [Z3_ast]) -> Z3_ast {
      terms.count < 2
        ? Z3_mk_true(context)
        : terms.map(Optional.some).withUnsafeBufferPointer {
          Z3_mk_atmost(context, UInt32(terms.count), $0.baseAddress, 1)
        }
    }
    func lessOrEqual(_ a: Z3_ast, _ b: Z3_ast) -> Z3_ast { Z3_mk_le(context, a, b) }
    func implies(_ a: Z3_ast, _ b: Z3_ast) -> Z3_ast { Z3_mk_implies(context, a, b) }
    func equal(_ a: Z3_ast, _ b: Z3_ast) -> Z3_ast { Z3_mk_eq(context, a, b) }
    func not(_ a: Z3_ast) -> Z3_ast { Z3_mk_not(context, a) }
    func oneIf(_ condition: Z3_ast) -> Z3_ast {
      Z3_mk_ite(context, condition, number(1), number(0))
    }
    func require(_ term: Z3_ast) { Z3_optimize_assert(context, optimize, term) }
  }

  /// One way an event may run: on a day, starting in [low, high].
  private struct Option {
    let day: Int
    let low: Int
    let high: Int
  }

  private func options(of task: Int) -> [Option] {
    let item = problem.items[task]
    var result: [Option] = []
    for day in placement.candidateDays(of: task, .none) {
      let base = day * 1440
      var low = base + problem.dayWindow.start
      var high = base + problem.dayWindow.end - item.duration
      if let window = item.window {
        low = max(low, base + window.start)
        high = min(high, base + window.end - item.duration)
      }
      if !item.isLeg {
        for person in item.people {
          if let arrival = problem.people[person].arrival { low = max(low, arrival.minute) }
          if let departure = problem.people[person].departure {
            high = min(high, departure.minute - item.duration)
          }
        }
      }
      var ranges: [(start: Int, end: Int)] = [(0, 1440)]
      if let site = item.site {
        ranges = problem.openRanges(site: site, day: day) ?? [(start: 0, end: 1440)]
      }
      for range in ranges {
        let from = max(low, base + range.start)
        let to = min(high, base + range.end - item.duration)
        if from <= to { result.append(Option(day: day, low: from, high: to)) }
      }
    }
    return result
  }

  private func build(_ model: inout Model) {
    let schedule = placement.schedule
    let firstBase = (problem.days.first ?? 0) * 1440
    // Events and their ways to run.
    for task in tasks {
      let item = problem.items[task]
      let start = model.integerVariable()
      let present = model.booleanVariable()
      var onDay: [Int: [Z3_ast]] = [:]
      var choices: [Z3_ast] = []
      for option in options(of: task) {
        let choice = model.booleanVariable()
        model.require(
          model.implies(
            choice,
            model.all([
              model.lessOrEqual(model.number(option.low), start),
              model.lessOrEqual(start, model.number(option.high)),
            ])))
        choices.append(choice)
        onDay[option.day, default: []].append(choice)
      }
      model.require(model.equal(present, model.any(choices)))
      model.require(model.atMostOne(choices))
      model.require(model.implies(model.not(present), model.equal(start, model.number(0))))
      for person in item.people {
        for busy in problem.people[person].busy {
          guard onDay.keys.contains(where: { $0 * 1440 < busy.end && busy.start < ($0 + 1) * 1440 })
          else { continue }
          model.require(
            model.implies(
              present,
              model.any([
                model.lessOrEqual(model.plus(start, item.duration), model.number(busy.start)),
                model.lessOrEqual(model.number(busy.end), start),
              ])))
        }
      }
      model.tasks[task] = TaskTerms(
        start: start, present: present, onDay: onDay.mapValues { model.any($0) })
    }
    let taskSet = Set(tasks)
    // What the programme already holds, by person and by venue and day.
    func fixedItems(person: Int?, site: Int?, day: Int) -> [Int] {
      let list =
        person.map { schedule.items(ofPerson: $0, day: day) }
        ?? site.map { schedule.items(atSite: $0, day: day) } ?? []
      return list.filter { !taskSet.contains($0) }
    }
    func apart(_ task: Int, fixed other: Int, day: Int, travel: Bool) {
      guard let terms = model.tasks[task], let on = terms.onDay[day],
        let otherStart = schedule.start[other]
      else { return }
      let item = problem.items[task]
      let otherItem = problem.items[other]
      let otherEnd = schedule.end[other]
      let before = travel ? problem.travel(from: item.endPlace, to: otherItem.startPlace) : 0
      let after = travel ? problem.travel(from: otherItem.endPlace, to: item.startPlace) : 0
      model.require(
        model.implies(
          on,
          model.any([
            model.lessOrEqual(
              model.plus(terms.start, item.duration + before), model.number(otherStart)),
            model.lessOrEqual(model.number(otherEnd + after), terms.start),
          ])))
    }
    var paired: Set<[Int]> = []
    for (index, task) in tasks.enumerated() {
      guard let terms = model.tasks[task] else { continue }
      let item = problem.items[task]
      for day in terms.onDay.keys.sorted() {
        var seen: Set<Int> = []
        for person in item.people {
          for other in fixedItems(person: person, site: nil, day: day)
          where seen.insert(other).inserted {
            apart(task, fixed: other, day: day, travel: true)
          }
        }
        if let site = item.site, !problem.sites[site].isShared {
          for other in fixedItems(person: nil, site: site, day: day)
          where seen.insert(other).inserted {
            apart(task, fixed: other, day: day, travel: false)
          }
        }
      }
      for other in tasks[(index + 1)...] {
        let otherItem = problem.items[other]
        let sharesPerson = !item.people.allSatisfy { !otherItem.people.contains($0) }
        let sharesSite =
          item.site != nil && item.site == otherItem.site
          && !problem.sites[item.site ?? 0].isShared
        guard sharesPerson || sharesSite, let otherTerms = model.tasks[other],
          paired.insert([task, other]).inserted
        else { continue }
        let forward =
          sharesPerson ? problem.travel(from: item.endPlace, to: otherItem.startPlace) : 0
        let backward =
          sharesPerson ? problem.travel(from: otherItem.endPlace, to: item.startPlace) : 0
        model.require(
          model.implies(
            model.all([terms.present, otherTerms.present]),
            model.any([
              model.lessOrEqual(model.plus(terms.start, item.duration + forward), otherTerms.start),
              model.lessOrEqual(
                model.plus(otherTerms.start, otherItem.duration + backward), terms.start),
            ])))
      }
      // `after`, both ways.
      for earlier in item.after {
        let travel = problem.travel(from: problem.items[earlier].endPlace, to: item.startPlace)
        if let earlierTerms = model.tasks[earlier] {
          model.require(
            model.implies(
              model.all([terms.present, earlierTerms.present]),
              model.lessOrEqual(
                model.plus(earlierTerms.start, problem.items[earlier].duration + travel),
                terms.start)))
        } else if schedule.start[earlier] != nil {
          model.require(
            model.implies(
              terms.present,
              model.lessOrEqual(model.number(schedule.end[earlier] + travel), terms.start)))
        }
      }
      for later in problem.followers[task]
      where model.tasks[later] == nil {
        guard let laterStart = schedule.start[later] else { continue }
        let travel = problem.travel(from: item.endPlace, to: problem.items[later].startPlace)
        model.require(
          model.implies(
            terms.present,
            model.lessOrEqual(
              model.plus(terms.start, item.duration + travel), model.number(laterStart))))
      }
    }
    dayLimits(&model, schedule: schedule)
    // The aims, in order.
    let priority = model.sum(
      tasks.compactMap { task in
        model.tasks[task].map {
          Z3_mk_mul(
            model.context, 2,
            [model.number(problem.items[task].priority), model.oneIf($0.present)].map(Optional.some)
          )
        }
      })
    let ends = model.sum(
      tasks.compactMap { task in
        model.tasks[task].map {
          model.sum([
            $0.start,
            Z3_mk_mul(
              model.context, 2,
              [model.number(problem.items[task].duration - firstBase), model.oneIf($0.present)]
                .map(Optional.some)),
          ])
        }
      })
    _ = Z3_optimize_maximize(model.context, model.optimize, priority)
    _ = Z3_optimize_minimize(model.context, model.optimize, ends)
  }

  /// The longest day and lunch, per person and day.
  private func dayLimits(_ model: inout Model, schedule: Schedule) {
    let taskSet = Set(tasks)
    var byPersonDay: [Schedule.Key: [Int]] = [:]
    for task in tasks {
      guard let terms = model.tasks[task] else { continue }
      for person in problem.items[task].people {
        for day in terms.onDay.keys {
          byPersonDay[Schedule.Key(owner: Int32(person), day: Int32(day)), default: []].append(task)
        }
      }
    }
    for key in byPersonDay.keys.sorted(by: { ($0.owner, $0.day) < ($1.owner, $1.day) }) {
      let day = Int(key.day)
      let mine = byPersonDay[key] ?? []
      let fixed = schedule.items(ofPerson: Int(key.owner), day: day).filter {
        !taskSet.contains($0)
      }
      // (start, end, on-that-day, item) of everything the person may do that day.
      var entries: [(start: Z3_ast, end: Z3_ast, on: Z3_ast, item: Int)] = []
      for task in mine {
        guard let terms = model.tasks[task], let on = terms.onDay[day] else { continue }
        entries.append(
          (terms.start, model.plus(terms.start, problem.items[task].duration), on, task))
      }
      for item in fixed {
        guard let start = schedule.start[item] else { continue }
        entries.append(
          (model.number(start), model.number(schedule.end[item]), Z3_mk_true(model.context), item))
      }
      for a in entries.indices {
        for b in entries.indices where a != b {
          if !taskSet.contains(entries[a].item) && !taskSet.contains(entries[b].item) { continue }
          model.require(
            model.implies(
              model.all([entries[a].on, entries[b].on]),
              model.lessOrEqual(
                entries[b].end, model.plus(entries[a].start, problem.maxDayLength))))
        }
      }
      guard let lunch = problem.lunch, !placement.lunchWaived.contains(key) else { continue }
      let base = day * 1440
      let block = model.integerVariable()
      model.require(model.lessOrEqual(model.number(base + lunch.start), block))
      model.require(model.lessOrEqual(block, model.number(base + lunch.end - lunch.length)))
      let lastEnd = model.integerVariable()
      let nextStart = model.integerVariable()
      var before: [Int: Z3_ast] = [:]
      for entry in entries {
        let isBefore = model.lessOrEqual(entry.end, block)
        before[entry.item] = isBefore
        model.require(
          model.implies(
            entry.on,
            model.any([isBefore, model.lessOrEqual(model.plus(block, lunch.length), entry.start)])))
        model.require(
          model.implies(model.all([entry.on, isBefore]), model.lessOrEqual(entry.end, lastEnd)))
        model.require(
          model.implies(
            model.all([entry.on, model.not(isBefore)]), model.lessOrEqual(nextStart, entry.start)))
      }
      for a in entries {
        for b in entries where a.item != b.item {
          let travel = problem.travel(
            from: problem.items[a.item].endPlace, to: problem.items[b.item].startPlace)
          guard travel > 0, let aBefore = before[a.item], let bBefore = before[b.item] else {
            continue
          }
          model.require(
            model.implies(
              model.all([a.on, b.on, aBefore, model.not(bBefore)]),
              model.any([
                model.lessOrEqual(model.plus(lastEnd, travel), block),
                model.lessOrEqual(model.plus(block, lunch.length + travel), nextStart),
              ])))
        }
      }
    }
  }
}
