import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ProtoPackaging
import RegistryCore

/// The registry's pages (`WebRoute`), rendered on the server from the published releases.
///
/// Caches: what never changes under a release's digest (a package's docs, a large module's
/// package index, a source file) is kept as HTML fragments (`FragmentCache`), and the release's
/// `DocsPage` is kept by digest too; whole pages are kept for `cacheTTL` seconds and until the
/// next publish or yank (`RegistryService.generation`), and rendered again off the requests'
/// path when they expire (`PageCache`). A publish fills the caches for the new release before
/// it answers: its docs and package index (every package of a large module in the background),
/// its changelog, its dependencies and the search index (`warm`); a server that starts does
/// the same for each module's newest version, in the background.
final class WebPages: @unchecked Sendable {
    let service: RegistryService
    /// Whether the server speaks HTTPS (then cookies are Secure and install lines use https).
    let tls: Bool
    let access: WebAccess
    let fragments = FragmentCache()
    let pages: PageCache
    private let docsLock = NSLock()
    /// The docs of the releases last asked for, newest use last (see `docs(for:)`).
    private var docsByDigest: [(digest: String, docs: DocsPage)] = []
    static let docsKept = 8
    let dependencies = DependencyIndex()
    private let searchLock = NSLock()
    private var searchIndexes: [String: (digest: String, index: SearchIndex)] = [:]

    /// How long a login lasts.
    static let sessionLifetime = 8 * 3600

    /// Where a page, once rendered, is also kept for `HotReadHandler` to answer on the event loop.
    let hot: HotReads?

    init(service: RegistryService, tls: Bool, hot: HotReads? = nil) {
        self.service = service
        self.tls = tls
        self.hot = hot
        access = WebAccess(service: service)
        pages = PageCache(ttl: service.cacheTTL)
        service.onPublish { [weak self] record in await self?.warm(record) }
        // After a restart the caches are empty: fill them for each module's newest version.
        Task.detached(priority: .background) { [weak self] in await self?.warmNewest() }
    }

    // MARK: answering

    /// The page's response, or nil when the request belongs to a protocol after all (a module
    /// owner spelled like a protocol prefix, with no such module here).
    func respond(_ route: WebRoute, _ request: Request) async throws -> Response? {
        switch route {
        case .stylesheet:
            return asset(PageAssets.stylesheet, type: "text/css; charset=utf-8")
        case .logo:
            return asset(PageAssets.logo, type: "image/svg+xml")
        case .login:
            return try await login(request)
        case .logout:
            return try await logout(request)
        default:
            break
        }
        if let module = route.module, WebRoute.reservedOwners.contains(module.owner),
           !(try await service.modules()).contains(module) {
            return nil
        }
        switch await access.check(request) {
        case .login(let expired):
            return redirectToLogin(request, clearSession: expired)
        case .refused(let e):
            var headers: HTTPFields = [:]
            if e.status == 401 { headers[.wwwAuthenticate] = "Basic realm=\"protopkg registry\", charset=\"UTF-8\"" }
            return problem(HTTPResponse.Status(code: e.status), "Not allowed", e.message + " (or sign in at /-/login)", headers: headers)
        case .allowed(let token):
            if let module = route.module, !service.mayRead(token, module) {
                return problem(.notFound, "Not found", "There is no module \(module) here.")
            }
            do {
                return try await page(route, request, token: token)
            } catch let e as RegistryError {
                return problem(HTTPResponse.Status(code: e.status), e.status == 404 ? "Not found" : "Error", e.message)
            }
        }
    }

    func page(_ route: WebRoute, _ request: Request, token: TokenRecord?) async throws -> Response {
        switch route {
        case .home:
            return try await home(request, token: token)
        case .module(let module):
            return try await cached(request, route) { try await self.modulePage(module, request, token: token) }
        case .docs(let module, let version):
            if version == "latest" { return try await latest(module, request, suffix: "") }
            let query = request.uri.queryParameters
            return try await cached(request, route) {
                try await self.docsPage(module, version, package: query["package"].map(String.init), part: query["part"].map(String.init))
            }
        case .file(let module, let version, let path):
            if version == "latest" { return try await latest(module, request, suffix: "/files/\(path)") }
            return try await cached(request, route) { try await self.sourcePage(module, version, path) }
        case .diff(let module, let from, let to):
            return try await cached(request, route) { try await self.diffPage(module, from: from, to: to) }
        case .diffPicker(let module):
            let q = request.uri.queryParameters
            guard let from = q["from"].map(String.init), let to = q["to"].map(String.init),
                  WebRoute.isVersion(from), WebRoute.isVersion(to) else {
                return problem(.badRequest, "Which versions?", "Give two versions: ?from=1.0.0&to=2.0.0.")
            }
            return redirect("/\(module)/diff/\(from)...\(to)")
        case .stylesheet, .logo, .login, .logout:
            return problem(.notFound, "Not found", "No such page.")
        }
    }

    /// The page from the page cache, or rendered now and kept (until the next change, or
    /// `cacheTTL`). Keyed by host and full request target: install lines name the host. A page
    /// just rendered is noted for `HotReadHandler` too (at the generation it was rendered at,
    /// so never past a change), which then answers it without the router until it expires.
    func cached(_ request: Request, _ route: WebRoute,
                _ render: @escaping @Sendable () async throws -> (body: String, title: String)) async throws -> Response {
        let key = HotReads.webKey(authority: request.head.authority, target: request.head.path ?? "")
        let generation = service.generation
        let (page, fresh) = try await pages.page(key, generation: generation) { [self] in
            let (body, title) = try await render()
            return layout(body, title: title)
        }
        if fresh, let hot {
            hot.pages.put(key, hot.prepare(CachedPage(body: page, contentType: Self.htmlType, headers: htmlHeaders()), route: route.pattern),
                          generation: generation)
        }
        return html(page)
    }

    /// `/OWNER/NAME/latest…` → the newest version that is not yanked.
    func latest(_ module: ModuleName, _ request: Request, suffix: String) async throws -> Response {
        guard let newest = try await service.versions(module).last(where: { !$0.yanked }) else {
            return problem(.notFound, "Not found", "Every version of \(module) is yanked.")
        }
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return redirect("/\(module)/\(newest.version)\(suffix)\(query)", status: .found)
    }

    // MARK: responses

    func layout(_ body: String, title: String, query: String = "") -> ByteBuffer {
        ByteBuffer(string: PageTemplates.render("layout", ["title": title, "query": query, "signedIn": !service.publicRead,
                                                           "body": body, "script": PageAssets.script]))
    }

    static let htmlType = "text/html; charset=utf-8"

    /// A page's fields besides Content-Type.
    func htmlHeaders() -> HTTPFields {
        [
            .contentSecurityPolicy: PageAssets.contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
            .cacheControl: service.publicRead ? "no-cache" : "private, no-cache",
        ]
    }

    func html(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: Self.htmlType]
        headers.append(contentsOf: htmlHeaders())
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600", .xContentTypeOptions: "nosniff"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func problem(_ status: HTTPResponse.Status, _ heading: String, _ message: String, headers: HTTPFields = [:]) -> Response {
        html(layout(PageTemplates.render("problem", ["heading": heading, "message": message]), title: heading),
             status: status, headers: headers)
    }

    func redirect(_ location: String, status: HTTPResponse.Status = .seeOther, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers)
    }

    /// Whether the browser reached us over HTTPS (directly, or through a proxy that says so).
    func isSecure(_ request: Request) -> Bool {
        tls || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    /// The host (and port) the request was sent to (HTTP/1's Host header arrives as the authority).
    func host(_ request: Request) -> String {
        request.head.authority ?? "127.0.0.1"
    }

    /// The registry's URL as the browser sees it, for install lines.
    func baseURL(_ request: Request) -> String {
        "\(isSecure(request) ? "https" : "http")://\(host(request))"
    }

    // MARK: docs by digest

    func keptDocs(_ digest: String) -> DocsPage? {
        docsLock.withLock {
            guard let i = docsByDigest.firstIndex(where: { $0.digest == digest }) else { return nil }
            let hit = docsByDigest.remove(at: i)
            docsByDigest.append(hit)
            return hit.docs
        }
    }

    func keepDocs(_ digest: String, _ docs: DocsPage) {
        docsLock.withLock {
            docsByDigest.removeAll { $0.digest == digest }
            docsByDigest.append((digest, docs))
            if docsByDigest.count > Self.docsKept { docsByDigest.removeFirst() }
        }
    }

    // MARK: search indexes

    func searchIndex(_ module: ModuleName) async throws -> SearchIndex? {
        guard let newest = try await service.versions(module).last(where: { !$0.yanked }) else { return nil }
        if let known = searchLock.withLock({ searchIndexes[module.description] }), known.digest == newest.digest { return known.index }
        let index = SearchIndex(module: module.description, version: newest.version.description,
                                docs: try await docs(for: newest))
        searchLock.withLock { searchIndexes[module.description] = (newest.digest, index) }
        return index
    }

    // MARK: publish

    func warmNewest() async {
        guard let modules = try? await service.modules() else { return }
        for module in modules {
            guard let newest = try? await service.versions(module).last(where: { !$0.yanked }) else { continue }
            await warm(newest)
        }
    }

    /// Fills the caches for a release just published: its changelog and the module's others, its
    /// dependencies, the search index, and its docs (a large module's packages in the background).
    func warm(_ record: VersionRecord) async {
        do {
            let content = try await service.content(of: record)
            dependencies.put(record.digest, content.manifest.deps)
            _ = try await service.releaseChangelogs(record.module)
            _ = try await searchIndex(record.module)
            // Rendering every package fills the DocsPage's indexes of every file: that is done
            // with an instance of its own, dropped afterwards.
            let docs = try await docs(for: record).fresh()
            let key = "docs|\(record.digest)|"
            if docs.singlePage {
                fragments.put(key, docs.packages.map { docs.packageHTML($0.name) }.joined())
            } else {
                fragments.put(key + "#index", docs.indexHTML())
                let names = docs.packages.map(\.name)
                Task.detached(priority: .background) { [fragments] in
                    for name in names {
                        guard let parts = docs.parts(name) else {
                            if !fragments.contains(key + name) { fragments.put(key + name, docs.packageHTML(name)) }
                            continue
                        }
                        for part in 1...parts.count where !fragments.contains(key + name + "#part\(part)") {
                            fragments.put(key + name + "#part\(part)", docs.packageHTML(name, part: part))
                        }
                    }
                }
            }
        } catch {
            // The pages render what they need when first asked.
        }
    }
}
