import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTPTypes
import RegistryCore

/// A rendered response body in the page cache: the JSON API's reads and the simple index.
struct CachedPage: Sendable {
    var body: ByteBuffer
    var contentType: String
    /// Fields the protocol requires besides Content-Type (the Swift registry's Content-Version, Link).
    var headers = HTTPFields()
    /// Set by `HotReads.prepare`: the response's fields but Date, and the metrics to count in.
    var fields = HTTPFields()
    var instruments: RegistryMetrics.Instruments?
    /// Set by `HotReads.prepare`: the status line and `fields` as HTTP/1.1 sends them.
    var encodedHead = ByteBuffer()

    var response: Response {
        var fields: HTTPFields = [.contentType: contentType]
        fields.append(contentsOf: headers)
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: body))
    }
}

/// A download (bundle, artifact or wheel) by request path: which blob and with which headers.
struct CachedDownload: Sendable {
    var digest: String
    /// The response's fields but Date and Server.
    var fields: HTTPFields
    var instruments: RegistryMetrics.Instruments
    /// The status line and `fields` as HTTP/1.1 sends them.
    var encodedHead: ByteBuffer
}

/// The read caches shared by the routes and by `HotReadHandler`: rendered pages and downloads
/// by request path (an `ExpiringCache`, so dropped on any publish or yank in this process and
/// after `RegistryService.cacheTTL` seconds), the registry's HTML pages by host, path and query
/// (`webKey`, filled by `WebPages`), and blobs by digest.
///
/// The routes fill the caches; `HotReadHandler` answers a GET from them on the connection's
/// event loop when everything the answer needs is cached, without going through the router
/// and Swift concurrency. Both key an entry by `key(path:head:)`, so an answer from the cache
/// is byte for byte what the route gave for the same request, apart from the Date header.
final class HotReads: Sendable {
    let service: RegistryService
    let metrics: RegistryMetrics
    let pages: ExpiringCache<String, CachedPage>
    let downloads: ExpiringCache<String, CachedDownload>
    let blobs: BlobCache
    let serverName: String?
    private let serverField: HTTPField?
    let dates = HTTPDate()

    init(service: RegistryService, metrics: RegistryMetrics, serverName: String?) {
        self.service = service
        self.metrics = metrics
        self.serverName = serverName
        serverField = serverName.map { HTTPField(name: .server, value: $0) }
        pages = ExpiringCache(ttl: service.cacheTTL, capacity: 4096)
        downloads = ExpiringCache(ttl: service.cacheTTL, capacity: 4096)
        blobs = BlobCache()
    }

    /// The cache key of a request: its path, and what else of the request its answer depends
    /// on: whether it asks for PEP 691 JSON or for a Swift registry API version this server does
    /// not speak, and for npm's packuments which representation and at which origin
    /// (`NpmRequest.keySuffix`).
    static func key(path: String, head: HTTPRequest) -> String {
        if path.hasPrefix("/npm/") { return path + NpmRequest.keySuffix(head) }
        guard let accept = head.headerFields[.accept] else { return path }
        if accept.contains(PyPIController.jsonType) { return path + " json" }
        // A Swift registry API version other than 1 is refused by the route (400 or 415), never
        // answered from the cache.
        if !SwiftRegistryAccept.isVersion1(accept) { return path + " accept=" + accept }
        return path
    }

    static func key(_ request: Request) -> String {
        key(path: request.uri.path, head: request.head)
    }

    /// The cache key of an HTML page (`WebPages`): the host it was asked of (its install lines
    /// name it) and the request target as sent, query included (`?package=`).
    static func webKey(authority: String?, target: String) -> String {
        "web \(authority ?? "127.0.0.1") \(target)"
    }

    /// What an answer from the cache needs beyond the body: the fields Hummingbird would send
    /// (the route's and Content-Length; Date and Server follow per answer) and the route's metrics.
    func prepare(_ page: CachedPage, route: String) -> CachedPage {
        var page = page
        var headers: HTTPFields = [.contentType: page.contentType]
        headers.append(contentsOf: page.headers)
        page.fields = fields(headers, length: page.body.readableBytes)
        page.instruments = metrics.instruments(method: .get, route: route, status: 200)
        page.encodedHead = Self.encode(page.fields)
        return page
    }

    func download(digest: String, headers: HTTPFields, length: Int, route: String) -> CachedDownload {
        let fields = fields(headers, length: length)
        return CachedDownload(digest: digest, fields: fields, instruments: metrics.instruments(method: .get, route: route, status: 200),
                              encodedHead: Self.encode(fields))
    }

    /// "HTTP/1.1 200 OK" and the fields, each line as NIO's HTTP/1.1 response encoder writes it.
    static func encode(_ fields: HTTPFields) -> ByteBuffer {
        var out = ByteBuffer()
        out.writeStaticString("HTTP/1.1 200 OK\r\n")
        for field in fields { writeLine(field, to: &out) }
        return out
    }

    static func writeLine(_ field: HTTPField, to out: inout ByteBuffer) {
        out.writeString(field.name.rawName)
        out.writeStaticString(": ")
        out.writeString(field.value)
        out.writeStaticString("\r\n")
    }

    /// Counts an answer from the caches, begun at `start` (`DispatchTime` nanoseconds), in its
    /// route's metrics and in `cacheAnswers`.
    func count(_ instruments: RegistryMetrics.Instruments?, since start: UInt64) {
        instruments?.record(nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
        metrics.cacheAnswers.increment()
    }

    /// The end of a cached answer's head as HTTP/1.1 sends it: Date, Server and the blank line,
    /// made once a second.
    func encodedTail() -> ByteBuffer {
        dates.encoded(serverField)
    }

    private func fields(_ headers: HTTPFields, length: Int) -> HTTPFields {
        var fields = headers
        fields[.contentLength] = String(length)
        return fields
    }

    /// Whether a Connection header leaves the connection as it is (`keep-alive`): a request to
    /// close or upgrade it goes to the router, which does that.
    static func keepsConnection(_ value: String) -> Bool {
        let v = value.lowercased()
        return !v.contains("close") && !v.contains("upgrade")
    }

    /// The answer to a request head from the caches alone, or nil when the router must answer:
    /// not a plain GET of a plain path (a query only for an HTML page), a read the caches cannot
    /// authorize, or nothing cached. npm asks for every scoped package as `@owner%2fname`, so `%`
    /// is plain below `/npm/`: its answers are keyed by the raw path, as the route that cached them saw it.
    func answer(_ head: HTTPRequest) -> (head: HTTPResponse, body: ByteBuffer, instruments: RegistryMetrics.Instruments?)? {
        guard var found = lookup(head) else { return nil }
        found.fields.append(dates.field())
        if let serverField { found.fields.append(serverField) }
        return (HTTPResponse(status: .ok, headerFields: found.fields), found.body, found.instruments)
    }

    /// The cached answer to a request, as `answer`, with its head encoded but for the lines
    /// `encodedTail` gives.
    func encodedAnswer(_ head: HTTPRequest) -> (head: ByteBuffer, body: ByteBuffer, instruments: RegistryMetrics.Instruments?)? {
        guard let found = lookup(head) else { return nil }
        return (found.encodedHead, found.body, found.instruments)
    }

    private func lookup(_ head: HTTPRequest)
        -> (fields: HTTPFields, encodedHead: ByteBuffer, body: ByteBuffer, instruments: RegistryMetrics.Instruments?)? {
        guard head.method == .get, let path = head.path, path.utf8.first == UInt8(ascii: "/"),
              !path.utf8.contains(UInt8(ascii: "#")),
              !path.utf8.contains(UInt8(ascii: "%")) || path.hasPrefix("/npm/"),
              head.headerFields[.connection].map(Self.keepsConnection) ?? true, head.headerFields[.expect] == nil,
              service.canReadFromCache(head.headerFields[.authorization]) else { return nil }
        let plain = !path.utf8.contains(UInt8(ascii: "?"))
        let key = plain ? Self.key(path: path, head: head) : ""
        let generation = service.generation
        if plain, let page = pages.get(key, generation: generation) {
            return (page.fields, page.encodedHead, page.body, page.instruments)
        } else if let page = pages.get(Self.webKey(authority: head.authority, target: path), generation: generation) {
            return (page.fields, page.encodedHead, page.body, page.instruments)
        } else if plain, let download = downloads.get(key, generation: generation), let blob = blobs.cached(download.digest) {
            return (download.fields, download.encodedHead, blob, download.instruments)
        }
        return nil
    }
}

/// Answers GETs from `HotReads` on the event loop, in front of Hummingbird's request handling.
/// Responses leave in request order: a request is answered here only while no earlier request
/// of the connection is still with the router (counted by the `.end` parts written back).
final class HotReadHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let hot: HotReads
    /// Shared with the connection's `RawHotReadHandler`.
    private let connection: HotReadConnection
    /// Requests passed on whose response has not been written completely.
    private var passedOn = 0
    /// Dropping the rest (body, end) of a request answered here.
    private var dropping = false
    private var needsFlush = false

    init(_ hot: HotReads, connection: HotReadConnection) {
        self.hot = hot
        self.connection = connection
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let start = DispatchTime.now().uptimeNanoseconds
            if passedOn == 0, let answer = hot.answer(head) {
                dropping = true
                context.write(wrapOutboundOut(.head(answer.head)), promise: nil)
                context.write(wrapOutboundOut(.body(answer.body)), promise: nil)
                context.write(wrapOutboundOut(.end(nil)), promise: nil)
                needsFlush = true
                connection.answered()
                hot.count(answer.instruments, since: start)
                return
            }
            dropping = false
            passedOn += 1
            context.fireChannelRead(data)
        case .body:
            if !dropping { context.fireChannelRead(data) }
        case .end:
            if dropping {
                dropping = false
            } else {
                context.fireChannelRead(data)
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if needsFlush {
            needsFlush = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            if passedOn > 0 { passedOn -= 1 }
            connection.answered()
        }
        context.write(data, promise: promise)
    }
}

/// The Date header (RFC 9110 IMF-fixdate), made once a second.
final class HTTPDate: @unchecked Sendable {
    private let lock = NSLock()
    private var second = -1
    private var current = HTTPField(name: .date, value: "")
    private var encodedSecond = -1
    private var encodedCurrent = ByteBuffer()
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Date: …", then `server` if any, and the blank line that ends a head.
    func encoded(_ server: HTTPField?) -> ByteBuffer {
        let t = time(nil)
        if let cached = lock.withLock({ encodedSecond == t ? encodedCurrent : nil }) { return cached }
        var out = ByteBuffer()
        HotReads.writeLine(field(), to: &out)
        if let server { HotReads.writeLine(server, to: &out) }
        out.writeStaticString("\r\n")
        lock.withLock { (encodedSecond, encodedCurrent) = (t, out) }
        return out
    }

    func field() -> HTTPField {
        var t = time(nil)
        return lock.withLock {
            if t != second {
                second = t
                var parts = tm()
                gmtime_r(&t, &parts)
                func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
                current = HTTPField(name: .date, value: "\(Self.days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) "
                    + "\(Self.months[Int(parts.tm_mon)]) \(1900 + parts.tm_year) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT")
            }
            return current
        }
    }
}
