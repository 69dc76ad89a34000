public import VisitCore

/// Words every document of a visit uses alike — the workbook, the reports,
/// the page: said once here so that they cannot drift apart.
public enum DocumentWords {
  /// What `press:` means.
  public static func press(_ press: PressAccess) -> LocalizedText {
    switch press {
    case .open: LocalizedText(english: "open to the press", russian: "открыто для прессы")
    case .closed: LocalizedText(english: "closed to the press", russian: "закрыто для прессы")
    case .pool: LocalizedText(english: "press pool", russian: "пул журналистов")
    case .photoOp: LocalizedText(english: "photo opportunity", russian: "протокольная съёмка")
    }
  }

  /// The time of an event that runs through the day (`time: day`).
  public static let duringTheDay = LocalizedText(
    english: "during the day", russian: "в течение дня")

  /// What a programme says of an event with no time yet.
  public static let timeToBeConfirmed = LocalizedText(
    english: "time to be confirmed", russian: "время уточняется")
}
