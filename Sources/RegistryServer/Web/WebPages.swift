import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ProtoPackaging
import RegistryCore

/// The registry's pages (`WebRoute`), rendered on the server from the published releases.
///
/// Caches: what never changes under a release's digest (a package's docs, a source file) is
/// kept as HTML fragments (`FragmentCache`); whole pages are kept for `cacheTTL` seconds and
/// until the next publish or yank (`RegistryService.generation`). A publish fills the caches
/// for the new release before it answers: its docs (every package of a large module, in the
/// background), its changelog, its dependencies and the search index (`warm`); a server that
/// starts does the same for each module's newest version, in the background.
final class WebPages: @unchecked Sendable {
    let service: RegistryService
    /// Whether the server speaks HTTPS (then cookies are Secure and install lines use https).
    let tls: Bool
    let access: WebAccess
    let fragments = FragmentCache()
    let pages: ExpiringCache<String, ByteBuffer>
    let dependencies = DependencyIndex()
    private let searchLock = NSLock()
    private var searchIndexes: [String: (digest: String, index: SearchIndex)] = [:]

    /// How long a login lasts.
    static let sessionLifetime = 8 * 3600

    init(service: RegistryService, tls: Bool) {
        self.service = service
        self.tls = tls
        access = WebAccess(service: service)
        pages = ExpiringCache(ttl: service.cacheTTL, capacity: 2048)
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
            return try await cached(request) { try await self.modulePage(module, request, token: token) }
        case .docs(let module, let version):
            if version == "latest" { return try await latest(module, request, suffix: "") }
            return try await cached(request) { try await self.docsPage(module, version, package: request.uri.queryParameters["package"].map(String.init)) }
        case .file(let module, let version, let path):
            if version == "latest" { return try await latest(module, request, suffix: "/files/\(path)") }
            return try await cached(request) { try await self.sourcePage(module, version, path) }
        case .diff(let module, let from, let to):
            return try await cached(request) { try await self.diffPage(module, from: from, to: to) }
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
    /// `cacheTTL`). Keyed by host and full URI: install lines name the host.
    func cached(_ request: Request, _ render: () async throws -> (body: String, title: String)) async throws -> Response {
        let key = "\(host(request)) \(request.uri.description)"
        let generation = service.generation
        if let hit = pages.get(key, generation: generation) { return html(hit) }
        let (body, title) = try await render()
        let page = layout(body, title: title)
        pages.put(key, page, generation: generation)
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

    func html(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: PageAssets.contentSecurityPolicy,
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
            .cacheControl: service.publicRead ? "no-cache" : "private, no-cache",
        ]
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
            let docs = try await docs(for: record)
            let key = "docs|\(record.digest)|"
            if docs.singlePage {
                fragments.put(key, docs.packages.map { docs.packageHTML($0.name) }.joined())
            } else {
                let names = docs.packages.map(\.name)
                Task.detached(priority: .background) { [fragments] in
                    for name in names where !fragments.contains(key + name) {
                        fragments.put(key + name, docs.packageHTML(name))
                    }
                }
            }
        } catch {
            // The pages render what they need when first asked.
        }
    }
}
