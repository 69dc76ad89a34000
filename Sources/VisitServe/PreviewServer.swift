import Foundation
public import Hummingbird
import Logging
import NIOCore

/// The live preview: an HTTP server on loopback that serves the page of one
/// visit file, tells open pages when the file changes, and offers the
/// documents made from it for download.
///
/// It knows nothing of visits: the command line gives it the page and the
/// documents as functions it calls on each request. It serves only what
/// those return, under fixed paths; nothing in a request names a file.
public struct PreviewServer: Sendable {
  /// A document offered for download, made when asked for.
  public struct Document: Sendable {
    public var contentType: String
    public var bytes: [UInt8]

    public init(contentType: String, bytes: [UInt8]) {
      self.contentType = contentType
      self.bytes = bytes
    }
  }

  /// Why the server did not start.
  public enum StartError: Error, Sendable {
    /// The address could not be bound (in use, not this machine's, no permission).
    case cannotBind(String, port: Int, reason: String)
  }

  public var host: String
  public var port: Int
  /// The file to watch; a change of its size, time or identity reloads
  /// every open page.
  public var watched: String
  /// The page, given the version of the file it shows (the page's live
  /// script asks for changes since that version).
  public var page: @Sendable (Int) -> String
  /// The document with this name (the last part of `/download/NAME`), or
  /// nil when there is none.
  public var document: @Sendable (String) -> Document?

  /// How often the file is looked at: well within the half second a page
  /// must take to show a save.
  static let pollInterval: Duration = .milliseconds(100)

  public init(
    host: String, port: Int, watched: String, page: @escaping @Sendable (Int) -> String,
    document: @escaping @Sendable (String) -> Document?
  ) {
    self.host = host
    self.port = port
    self.watched = watched
    self.page = page
    self.document = document
  }

  /// Whether `host` is this machine only: `localhost`, 127.0.0.0/8 or ::1.
  public static func isLoopback(_ host: String) -> Bool {
    if host == "localhost" { return true }
    var v4 = in_addr()
    if inet_pton(AF_INET, host, &v4) == 1 {
      return UInt32(bigEndian: v4.s_addr) >> 24 == 127
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, host, &v6) == 1 {
      return withUnsafeBytes(of: &v6) { bytes in
        bytes.dropLast().allSatisfy { $0 == 0 } && bytes.last == 1
      }
    }
    return false
  }

  /// Serves until SIGINT or SIGTERM, then stops cleanly.
  /// - Parameter ready: called once with the port the server listens on.
  public func run(ready: @escaping @Sendable (Int) -> Void) async throws {
    let changes = ChangeWatcher(path: watched)
    let router = Router()
    let page = self.page
    let document = self.document
    router.get("/") { _, _ -> Response in
      Self.response(Array(page(changes.version).utf8), contentType: "text/html; charset=utf-8")
    }
    router.get("/events") { request, _ -> Response in
      Self.events(changes, since: request.uri.queryParameters.get("since", as: Int.self))
    }
    router.get("/download/:name") { _, context -> Response in
      guard let name = context.parameters.get("name"), let found = document(name) else {
        return Self.notFound()
      }
      var response = Self.response(found.bytes, contentType: found.contentType)
      response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
      return response
    }
    var logger = Logger(label: "visitplan-serve")
    logger.logLevel = .critical
    let app = Application(
      router: router,
      configuration: .init(address: .hostname(host, port: port), serverName: nil),
      services: [changes],
      onServerRunning: { channel in ready(channel.localAddress?.port ?? 0) },
      logger: logger)
    do {
      try await app.runService()
    } catch let error as IOError {
      throw StartError.cannotBind(
        host, port: port, reason: String(cString: strerror(error.errnoCode)))
    } catch let error as SocketAddressError {
      throw StartError.cannotBind(host, port: port, reason: "\(error)")
    }
  }

  private static func response(_ bytes: [UInt8], contentType: String) -> Response {
    var buffer = ByteBuffer()
    buffer.writeBytes(bytes)
    return Response(
      status: .ok,
      headers: [
        .contentType: contentType, .cacheControl: "no-store",
      ],
      body: .init(byteBuffer: buffer))
  }

  private static func notFound() -> Response {
    var buffer = ByteBuffer()
    buffer.writeString("not found\n")
    return Response(
      status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
      body: .init(byteBuffer: buffer))
  }

  /// Server-sent events: `change` when the file changed since the version
  /// the page shows (`?since=`), else a wait of up to a second for one.
  /// The stream then ends and the browser comes back at once (`retry`), so
  /// no connection outlives a shutdown by more than a second.
  private static func events(_ changes: ChangeWatcher, since lastSeen: Int?) -> Response {
    let body = ResponseBody { writer in
      let current = changes.version
      var text = "retry: 150\n"
      if let lastSeen, lastSeen != current {
        text += "id: \(current)\nevent: change\ndata: \(current)\n\n"
      } else {
        text += "id: \(current)\nevent: hello\ndata: \(current)\n\n"
        try await writer.write(ByteBuffer(string: text))
        text = ""
        let next = await changes.next(after: current, waitingAtMost: .seconds(1))
        if next != current {
          text = "id: \(next)\nevent: change\ndata: \(next)\n\n"
        }
      }
      if !text.isEmpty { try await writer.write(ByteBuffer(string: text)) }
      try await writer.finish(nil)
    }
    return Response(
      status: .ok,
      headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
      body: body)
  }
}
