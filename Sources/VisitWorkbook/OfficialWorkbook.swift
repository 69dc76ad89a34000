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
  /// Builds the sheets: programme, participants, attendance and venues always;
  /// agreements and gifts when the visit has them; the check when there are
  /// diagnostics.
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
    var workbook = Workbook(
      properties: properties(visit, names: names, labels: labels, created: created))
    try workbook.add(try ProgrammeSheet.make(visit, names: names, labels: labels))
    try workbook.add(try ParticipantsSheet.make(visit, names: names, labels: labels))
    try workbook.add(try AttendanceSheet.make(visit, names: names, labels: labels))
    try workbook.add(try VenuesSheet.make(visit, names: names, labels: labels))
    if !visit.agreements.isEmpty {
      try workbook.add(try AgreementsSheet.make(visit, names: names, labels: labels))
    }
    if visit.events.contains(where: { !$0.gifts.isEmpty }) {
      try workbook.add(try GiftsSheet.make(visit, names: names, labels: labels))
    }
    if !diagnostics.isEmpty {
      try workbook.add(try CheckSheet.make(diagnostics, title: title, labels: labels))
    }
    return workbook
  }

  /// The visit's first day at 00:00 UTC: its `start`, else its first dated day.
  public static func defaultCreationTime(_ visit: Visit) -> Int64 {
    let first = visit.info.start?.value ?? visit.days.compactMap(\.date?.value).min()
    // A visit with no date at all still needs a fixed time: 2000-01-01.
    return Int64(first?.daysSinceEpoch ?? 10957) * 86_400
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
        ?? labels.pick("Программа пребывания делегации", "Delegation programme"),
      author: visit.info.author?.value ?? "",
      company: delegationOrganization ?? hostOrganization ?? "",
      comments: "visitplan",
      created: created ?? defaultCreationTime(visit))
  }
}
