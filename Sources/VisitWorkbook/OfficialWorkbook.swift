import Dispatch
import Synchronization
public import VisitCore
public import VisitDiagnostics
public import VisitXLSX

/// The officials' workbook of a visit (spec: workbook.md), as plain values
/// ready for `WorkbookWriter`.
///
/// ```swift
/// let workbook = try OfficialWorkbook.make(visit, diagnostics: diagnostics, language: .russian)
/// try WorkbookWriter.write(workbook, to: "out/visit.xlsx")
/// ```
public enum OfficialWorkbook {
  /// Builds the sheets: the programme always; participants and attendance
  /// when there are people, venues when there are sites, accommodation when
  /// there are stays, agreements and gifts when the visit has them; the
  /// check when there are diagnostics.
  ///
  /// - Parameter created: the creation time to record, in seconds since
  ///   1970; by default the visit's first day at 00:00 UTC, so the same visit
  ///   gives the same bytes.
  public static func make(
    _ visit: Visit, diagnostics: [Diagnostic], language: Language, created: Int64? = nil
  ) throws(XLSXError) -> Workbook {
    let labels = Labels(language: language)
    let names = VisitNames(visit, language: language)
    let title = visit.info.title?.value ?? ""
    // A sheet with nothing to show is left out, not printed as a blank page.
    var builders: [SheetBuilder] = [
      { try ProgrammeSheet.make(visit, names: names, labels: labels) }
    ]
    if !visit.people.isEmpty {
      builders.append { try ParticipantsSheet.make(visit, names: names, labels: labels) }
      builders.append { try AttendanceSheet.make(visit, names: names, labels: labels) }
    }
    if !visit.sites.isEmpty {
      builders.append { try VenuesSheet.make(visit, names: names, labels: labels) }
    }
    if !visit.stays.isEmpty {
      builders.append { try StaysSheet.make(visit, names: names, labels: labels) }
    }
    if !visit.agreements.isEmpty {
      builders.append { try AgreementsSheet.make(visit, names: names, labels: labels) }
    }
    if visit.events.contains(where: { !$0.gifts.isEmpty }) {
      builders.append { try GiftsSheet.make(visit, names: names, labels: labels) }
    }
    if !diagnostics.isEmpty {
      builders.append { try CheckSheet.make(diagnostics, title: title, labels: labels) }
    }
    var workbook = Workbook(
      properties: properties(visit, names: names, labels: labels, created: created))
    for sheet in try buildInParallel(builders) { try workbook.add(sheet) }
    return workbook
  }

  typealias SheetBuilder = @Sendable () throws -> Worksheet

  /// Builds the sheets on all cores: they are independent values, and a
  /// forum's attendance list alone is as much work as all the rest. The
  /// result is the same as building them one by one, in the same order.
  private static func buildInParallel(_ builders: [SheetBuilder]) throws(XLSXError) -> [Worksheet] {
    let results = Mutex([Result<Worksheet, any Error>?](repeating: nil, count: builders.count))
    DispatchQueue.concurrentPerform(iterations: builders.count) { index in
      let result = Result { try builders[index]() }
      results.withLock { $0[index] = result }
    }
    var sheets: [Worksheet] = []
    for slot in results.withLock({ $0 }) {
      switch slot {
      case .success(let sheet): sheets.append(sheet)
      case .failure(let error as XLSXError): throw error
      case .failure(let error):
        throw XLSXError(.library(function: "building a sheet", message: "\(error)"))
      case nil:
        throw XLSXError(.library(function: "building a sheet", message: "it was not built"))
      }
    }
    return sheets
  }

  /// The visit's first day at 00:00 UTC: its `start`, else its first dated day.
  public static func defaultCreationTime(_ visit: Visit) -> Int64 {
    let first = visit.info.start?.value ?? visit.days.compactMap(\.date?.value).min()
    // A visit with no date at all still needs a fixed time: 2000-01-01. A
    // date before 1900 (a typo for a year) is held to what a workbook records.
    let seconds = Int64(first?.daysSinceEpoch ?? 10957) * 86_400
    let range = DocumentProperties.createdRange
    return min(max(seconds, range.lowerBound), range.upperBound)
  }

  private static func properties(
    _ visit: Visit, names: VisitNames, labels: Labels, created: Int64?
  ) -> DocumentProperties {
    // The delegation's organization: the one it comes from, else its head's.
    let delegation = visit.info.delegation
    let delegationOrganization =
      delegation?.from.flatMap { from in
        names.organizations[from.value] != nil ? names.organization(from.value) : nil
      }
      ?? delegation?.head.flatMap { names.people[$0.value]?.organization }.map {
        names.organization($0.value)
      }
    let hostOrganization = visit.info.host.map { names.organization($0.value) }
    return DocumentProperties(
      title: visit.info.title?.value ?? "",
      subject: visit.info.purpose?.value
        ?? labels.text(WorkbookMessages.defaultTitle),
      author: visit.info.author?.value ?? "",
      company: delegationOrganization ?? hostOrganization ?? "",
      comments: "visitplan",
      created: created ?? defaultCreationTime(visit))
  }
}
