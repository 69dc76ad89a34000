/// Which items are in the programme, and when: the state the search changes.
/// Each person's and each site's items of a day are kept sorted by start, so
/// the placement test looks only at one day of one timeline.
struct Schedule {
  struct Key: Hashable {
    let owner: Int32
    let day: Int32
  }

  /// Absolute start and end per item; nil start: not in the programme.
  private(set) var start: [Int?]
  private(set) var end: [Int]
  private(set) var personDay: [Key: [Int]] = [:]
  private(set) var siteDay: [Key: [Int]] = [:]

  init(count: Int) {
    start = Array(repeating: nil, count: count)
    end = Array(repeating: 0, count: count)
  }

  func isPlaced(_ item: Int) -> Bool { start[item] != nil }

  /// The day an item's start falls on, days since epoch.
  static func day(of minute: Int) -> Int { minute >= 0 ? minute / 1440 : (minute - 1439) / 1440 }

  func items(ofPerson person: Int, day: Int) -> [Int] {
    personDay[Key(owner: Int32(person), day: Int32(day))] ?? []
  }

  func items(atSite site: Int, day: Int) -> [Int] {
    siteDay[Key(owner: Int32(site), day: Int32(day))] ?? []
  }

  mutating func place(_ item: Int, start: Int, end: Int, in problem: PlanProblem) {
    if self.start[item] != nil { remove(item, in: problem) }
    self.start[item] = start
    self.end[item] = end
    let day = Int32(Self.day(of: start))
    for person in problem.items[item].people {
      insert(item, into: &personDay[Key(owner: Int32(person), day: day), default: []])
    }
    if let site = problem.items[item].site {
      insert(item, into: &siteDay[Key(owner: Int32(site), day: day), default: []])
    }
  }

  mutating func remove(_ item: Int, in problem: PlanProblem) {
    guard let start = start[item] else { return }
    let day = Int32(Self.day(of: start))
    for person in problem.items[item].people {
      personDay[Key(owner: Int32(person), day: day)]?.removeAll { $0 == item }
    }
    if let site = problem.items[item].site {
      siteDay[Key(owner: Int32(site), day: day)]?.removeAll { $0 == item }
    }
    self.start[item] = nil
  }

  /// By start, end, then file order: the order the checker walks timelines.
  private func insert(_ item: Int, into list: inout [Int]) {
    let key = (start[item] ?? 0, end[item], item)
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      let other = list[middle]
      if (start[other] ?? 0, end[other], other) < key { low = middle + 1 } else { high = middle }
    }
    list.insert(item, at: low)
  }
}
