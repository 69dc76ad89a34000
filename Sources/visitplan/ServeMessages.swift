import VisitCore
import VisitDiagnostics

/// What `visitplan serve` says, in English and Russian.
enum ServeMessages {
  static func serving(_ address: String) -> LocalizedText {
    LocalizedText(
      english: "serving the page at \(address) (it reloads when the file is saved); Ctrl-C stops\n",
      russian: "страница открыта по адресу \(address) (обновляется при сохранении файла); "
        + "остановить — Ctrl-C\n")
  }

  static let stoppedCleanly = LocalizedText(english: "stopped\n", russian: "остановлено\n")

  static func stopped(_ reason: String) -> LocalizedText {
    LocalizedText(
      english: "the server stopped: \(reason)", russian: "сервер остановился: \(reason)")
  }

  static func notLoopback(_ host: String) -> LocalizedText {
    LocalizedText(
      english: "--host \(host) can be reached from other computers; the preview listens on this "
        + "machine only (127.0.0.1) unless --allow-remote is given as well",
      russian: "--host \(host) доступен с других компьютеров; предпросмотр слушает только этот "
        + "компьютер (127.0.0.1), если не указан также --allow-remote")
  }

  static func cannotBind(host: String, port: Int, reason: String) -> LocalizedText {
    LocalizedText(
      english: "cannot listen on \(host) port \(port): \(reason); give another --port "
        + "(0 picks a free one)",
      russian: "не удаётся слушать \(host), порт \(port): \(reason); укажите другой --port "
        + "(0 — выбрать свободный)")
  }

  static func badPort(_ port: Int) -> LocalizedText {
    LocalizedText(
      english: "--port must be from 0 to 65535, not \(port)",
      russian: "--port должен быть от 0 до 65535, а не \(port)")
  }

  static func cannotRead(_ file: String) -> LocalizedText {
    LocalizedText(
      english: "cannot read \(file): check the path and permissions",
      russian: "не удаётся прочитать \(file): проверьте путь и права доступа")
  }

  static let workbook = LocalizedText(english: "Workbook (.xlsx)", russian: "Книга (.xlsx)")
  static let calendar = LocalizedText(english: "Calendar (.ics)", russian: "Календарь (.ics)")
}
