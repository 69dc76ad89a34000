import VisitCore
import VisitLanguage
import VisitXLSX

/// How the workbook names things, in its language: English documents use a
/// `name-en` where the file gives one.
struct VisitNames {
  /// The names every document shares (VisitLanguage).
  let naming: VisitNaming
  var visit: Visit { naming.visit }
  var language: Language { naming.language }
  var people: [Identifier: Person] { naming.people }
  var organizations: [Identifier: Organization] { naming.organizations }
  var sites: [Identifier: Site] { naming.sites }
  var places: [Identifier: Place] { naming.places }
  var peopleIndex: PeopleIndex { naming.peopleIndex }
  let attendance: Attendance
  /// The people of the group words, as indices into `attendance.personIDs`.
  private let delegationIndices: [Int]
  private let hostIndices: [Int]

  init(_ visit: Visit, language: Language) {
    naming = VisitNaming(visit, language: language)
    attendance = Attendance(visit, people: naming.peopleIndex)
    let index = attendance.personIndex
    delegationIndices = naming.peopleIndex.delegation.compactMap { index[$0] }
    hostIndices = naming.peopleIndex.hosts.compactMap { index[$0] }
  }

  func title(of event: Event) -> String { naming.title(of: event) }
  var visitTitle: String { naming.visitTitle }
  func person(_ id: Identifier) -> String { naming.person(id) }
  func organization(_ id: Identifier) -> String { naming.organization(id) }
  func party(_ id: Identifier) -> String { naming.party(id) }
  func groupName(_ id: Identifier) -> String? { naming.groupName(id) }
  func site(_ id: Identifier) -> String { naming.site(id) }
  func location(_ id: Identifier) -> String { naming.location(id) }
  func place(_ id: Identifier) -> String { naming.place(id) }
  func placeChain(_ id: Identifier) -> String { naming.placeChain(id) }

  /// The people an event's participants stand for, and organizations, by
  /// name, one per line (names and positions contain commas). A list longer
  /// than a cell holds stops there (the cell shows "…"), so a delegation of
  /// thousands costs no more.
  func participants(of event: Event) -> String {
    // The people met (`with`) attend too; the table lists them after.
    let met = event.with.filter { id in
      !event.participants.contains { $0.value == .entity(id.value) }
    }
    return people(in: event.participants + met.map { $0.map(Participant.entity) })
  }

  /// The same for any list of participant entries (`stays.people`).
  func people(in entries: [Located<Participant>]) -> String {
    var seenPeople: Set<Int> = []
    var seenOthers: Set<Identifier> = []
    var text = ""
    var length = 0
    func append(_ name: String) -> Bool {
      if !text.isEmpty { text += "\n" }
      text += name
      length += name.unicodeScalars.count + 2
      return length <= Worksheet.maximumTextLength
    }
    for participant in entries {
      let people: [Int]
      switch participant.value {
      case .entity(let id):
        if let person = attendance.personIndex[id] {
          people = [person]
        } else if let members = peopleIndex.groupMembers[id], !members.isEmpty {
          people = members.compactMap { attendance.personIndex[$0] }
        } else {
          if seenOthers.insert(id).inserted, !append(party(id)) { return text }
          continue
        }
      case .delegation: people = delegationIndices
      case .hosts: people = hostIndices
      }
      for index in people where seenPeople.insert(index).inserted {
        guard append(person(attendance.personIDs[index])) else { return text }
      }
    }
    return text
  }
}
