import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import ProtopkgBasics
import RegistryCore

/// The Swift package registry at /swift/, by the Swift Package Registry Service specification:
/// releases, release metadata with the source archive's checksum, `Package.swift`, the source
/// archive itself (the exact bytes published) and identifiers by URL, so that SwiftPM resolves
/// `.package(id: "acme.billing-protos", from: "1.0.0")` straight from the registry.
///
/// Every answer carries `Content-Version: 1`; errors are problem details. Tokens are checked as
/// on the other protocols (SwiftPM sends `Bearer` after `swift package-registry login --token`,
/// which this controller answers at /swift/login). A yanked release is listed with a 410
/// problem, so resolution passes over it, and is still served by exact version to whoever
/// pinned it. Reads go through the read caches like the simple index.
struct SwiftRegistryController {
    let support: RouteSupport
    let index: SwiftPackageIndex
    var service: RegistryService { support.service }

    init(support: RouteSupport) {
        self.support = support
        index = SwiftPackageIndex(support: support)
    }

    func register(on router: Router<BasicRequestContext>) {
        let swift = router.group("swift")
        swift.get("identifiers") { request, context in try await guarded(request) {
            try await support.authorizeRead(request)
            guard let url = request.uri.queryParameters["url"].map(String.init), !url.isEmpty else {
                return SwiftRegistryResponse.problem(400, "give the URL to look up as ?url=")
            }
            return try await identifiers(url)
        } }
        swift.post("login") { request, _ in try await guarded(request) {
            // SE-0378: `swift package-registry login` checks its credentials here.
            guard let token = try await service.authenticate(request.headers[.authorization]) else {
                return SwiftRegistryResponse.problem(401, "send a registry token as Authorization: Bearer TOKEN")
            }
            try service.authorizeRead(token)
            return Response(status: .ok, headers: SwiftRegistryResponse.versionFields)
        } }
        swift.get(":scope/:name") { request, context in try await guarded(request) {
            try await support.authorizeRead(request)
            let (scope, name) = try names(context)
            return try await support.page(request, context) { try await releases(scope: scope, name: stripped(name, ".json"),
                                                                                 path: request.uri.path) }
        } }
        swift.get(":scope/:name/:version") { request, context in try await guarded(request) {
            try await support.authorizeRead(request)
            let (scope, name) = try names(context)
            let version = try context.parameters.require("version")
            if version.hasSuffix(".zip") {
                return try await archive(request, context, scope: scope, name: name, version: stripped(version, ".zip"))
            }
            return try await support.page(request, context) {
                try await metadata(scope: scope, name: name, version: stripped(version, ".json"), path: request.uri.path)
            }
        } }
        swift.get(":scope/:name/:version/Package.swift") { request, context in try await guarded(request) {
            try await support.authorizeRead(request)
            let (scope, name) = try names(context)
            let version = try context.parameters.require("version")
            if let swiftVersion = request.uri.queryParameters["swift-version"].map(String.init) {
                return try await manifest(scope: scope, name: name, version: version, swiftVersion: swiftVersion,
                                          path: request.uri.path)
            }
            return try await support.page(request, context) {
                try await manifestPage(scope: scope, name: name, version: version, path: request.uri.path)
            }
        } }
        swift.put(":scope/:name/:version") { request, _ in try await guarded(request) {
            SwiftRegistryResponse.problem(405, "publishing through the Swift registry API isn't supported: "
                                          + "publish the module with `protopkg publish`, which builds its Swift package")
        } }
    }

    /// Refuses an API version other than 1, and maps errors to problem details.
    func guarded(_ request: Request, _ body: () async throws -> Response) async throws -> Response {
        switch SwiftRegistryAccept.of(request.headers[.accept]) {
        case .version1: break
        case .invalid(let value): return SwiftRegistryResponse.problem(400, "invalid API version in Accept: \(value)")
        case .unsupported(let value): return SwiftRegistryResponse.problem(415, "unsupported API version in Accept: \(value) (this registry speaks version 1)")
        }
        do {
            return try await body()
        } catch let e as RegistryError {
            return SwiftRegistryResponse.problem(e.status, e.message)
        } catch let e as ProtopkgError {
            return SwiftRegistryResponse.problem(500, e.description)
        }
    }

    func names(_ context: BasicRequestContext) throws -> (String, String) {
        (try context.parameters.require("scope"), try context.parameters.require("name"))
    }

    func stripped(_ text: String, _ suffix: String) -> String { text.strip(suffix: suffix) ?? text }

    /// §4.1: every release, newest first; a yanked one with a 410 problem.
    func releases(scope: String, name: String, path: String) async throws -> CachedPage {
        let (module, _) = try await index.module(scope: scope, name: name)
        let records = try await service.versions(module).filter { $0.artifact("swift") != nil }.reversed()
        var entries: [String] = []
        for record in records {
            var value: [String: Any] = [:]
            if record.yanked {
                value["problem"] = ["status": 410, "title": "Gone",
                                    "detail": "this release was yanked; it is still served to whoever pinned it"]
            }
            entries.append("\(String(decoding: try SwiftRegistryResponse.json(record.version.description), as: UTF8.self)):"
                           + String(decoding: try SwiftRegistryResponse.json(value), as: UTF8.self))
        }
        let body = Data("{\"releases\":{\(entries.joined(separator: ","))}}".utf8)
        let base = stripped(stripped(path, "/"), ".json")
        let latest = records.first { !$0.yanked }.map { "<\(base)/\($0.version)>; rel=\"latest-version\"" }
        return SwiftRegistryResponse.page(body, link: latest)
    }

    /// §4.2: the release's source archive with its SHA-256, and links to its neighbours.
    func metadata(scope: String, name: String, version: String, path: String) async throws -> CachedPage {
        let (module, identity) = try await index.module(scope: scope, name: name)
        let (record, artifact) = try await index.release(module, version)
        var metadata: [String: Any] = ["description": "Protocol Buffers stubs for the \(module) API, built by protopkg"]
        if let goModule = record.artifact("go")?.packageName { metadata["repositoryURLs"] = ["https://\(goModule)"] }
        let object: [String: Any] = [
            "id": identity, "version": record.version.description, "metadata": metadata,
            "resources": [["name": "source-archive", "type": "application/zip", "checksum": artifact.digest]],
            "publishedAt": ISO8601DateFormatter().string(from: record.publishedAt),
        ]
        let base = (stripped(path, ".json") as NSString).deletingLastPathComponent
        let listed = try await service.versions(module).filter { !$0.yanked && $0.artifact("swift") != nil }.map(\.version)
        var links: [String] = []
        if let latest = listed.last { links.append("<\(base)/\(latest)>; rel=\"latest-version\"") }
        if let next = listed.first(where: { $0 > record.version }) { links.append("<\(base)/\(next)>; rel=\"successor-version\"") }
        if let previous = listed.last(where: { $0 < record.version }) {
            links.append("<\(base)/\(previous)>; rel=\"predecessor-version\"")
        }
        return SwiftRegistryResponse.page(try SwiftRegistryResponse.json(object), link: links.isEmpty ? nil : links.joined(separator: ", "))
    }

    /// §4.4: the exact bytes published, with their digest.
    func archive(_ request: Request, _ context: BasicRequestContext, scope: String, name: String, version: String) async throws -> Response {
        let (module, identity) = try await index.module(scope: scope, name: name)
        let (record, artifact) = try await index.release(module, version)
        let packageName = identity.split(separator: ".", maxSplits: 1).last.map(String.init) ?? identity
        var headers = SwiftRegistryResponse.versionFields
        headers[.contentType] = "application/zip"
        headers[.contentDisposition] = "attachment; filename=\"\(packageName)-\(record.version).zip\""
        headers[.cacheControl] = "public, immutable"
        headers[SwiftRegistryResponse.digest] = "sha-256=\(Self.base64(hex: artifact.digest))"
        guard let response = try await support.download(request, context, artifact.digest, headers: headers) else {
            throw RegistryError.notFound("the source archive of \(identity)@\(record.version) is missing from the blob store")
        }
        return response
    }

    /// §4.3: `Package.swift`, linking each version-specific manifest of the archive.
    func manifestPage(scope: String, name: String, version: String, path: String) async throws -> CachedPage {
        let (module, _) = try await index.module(scope: scope, name: name)
        let (_, artifact) = try await index.release(module, version)
        let manifests = try await index.manifests(of: artifact)
        var headers = SwiftRegistryResponse.versionFields
        headers[.contentDisposition] = "attachment; filename=\"Package.swift\""
        headers[.cacheControl] = "public, immutable"
        let alternates = manifests.keys.filter { $0 != "Package.swift" }.sorted().map { file -> String in
            let swiftVersion = file.dropFirst("Package@swift-".count).dropLast(".swift".count)
            let tools = SwiftPackageIndex.toolsVersion(manifests[file]!).map { "; swift-tools-version=\"\($0)\"" } ?? ""
            return "<\(path)?swift-version=\(swiftVersion)>; rel=\"alternate\"; filename=\"\(file)\"\(tools)"
        }
        if !alternates.isEmpty { headers[SwiftRegistryResponse.link] = alternates.joined(separator: ", ") }
        return CachedPage(body: ByteBuffer(bytes: manifests["Package.swift"]!), contentType: "text/x-swift", headers: headers)
    }

    /// §4.3.1: `Package@swift-X.swift` if the archive has it, else a 303 to `Package.swift`.
    func manifest(scope: String, name: String, version: String, swiftVersion: String, path: String) async throws -> Response {
        let (module, _) = try await index.module(scope: scope, name: name)
        let (_, artifact) = try await index.release(module, version)
        let file = "Package@swift-\(swiftVersion).swift"
        guard SwiftPackageIndex.isManifest(file[...]), let data = try await index.manifests(of: artifact)[file] else {
            var headers = SwiftRegistryResponse.versionFields
            headers[.location] = path
            return Response(status: .seeOther, headers: headers)
        }
        var headers = SwiftRegistryResponse.versionFields
        headers[.contentType] = "text/x-swift"
        headers[.contentDisposition] = "attachment; filename=\"\(file)\""
        headers[.cacheControl] = "public, immutable"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// §4.5: the packages a URL stands for. A package is known by its location on this registry
    /// (any URL whose path ends in `/swift/SCOPE/NAME`) and, when the module has a go target, by
    /// its Go module path as an https URL (`https://example.com/acme/billing`).
    func identifiers(_ url: String) async throws -> Response {
        let wanted = Self.normalized(url)
        var found: [String] = []
        for (_, entry) in try await index.modulesByIdentity().sorted(by: { $0.key < $1.key }) {
            let parts = entry.identity.split(separator: ".", maxSplits: 1).map(String.init)
            var known = parts.count == 2 && wanted.path.hasSuffix("/swift/\(parts[0])/\(parts[1])".lowercased())
            if !known, let go = try await service.versions(entry.module).last?.artifact("go")?.packageName {
                known = wanted.host + wanted.path == go.lowercased()
            }
            if known { found.append(entry.identity) }
        }
        guard !found.isEmpty else { throw RegistryError.notFound("no package is registered for \(url)") }
        var headers = SwiftRegistryResponse.versionFields
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: try SwiftRegistryResponse.json(["identifiers": found]) + [0x0A])))
    }

    /// Host and path of a URL, lower-cased, without scheme, user, port, query, `.git` or a final `/`.
    static func normalized(_ url: String) -> (host: String, path: String) {
        var text = url.lowercased()
        if let scheme = text.range(of: "://") { text = String(text[scheme.upperBound...]) }
        if let at = text.firstIndex(of: "@"), !text[..<at].contains("/") { text = String(text[text.index(after: at)...]) }
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<query]) }
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(".git") { text.removeLast(4) }
        let slash = text.firstIndex(of: "/") ?? text.endIndex
        var host = String(text[..<slash])
        if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
        return (host, String(text[slash...]))
    }

    static func base64(hex: String) -> String {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex), index != hex.endIndex {
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return Data(bytes).base64EncodedString()
    }
}
