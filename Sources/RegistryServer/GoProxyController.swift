import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import RegistryCore

/// The Go module proxy at /go/ (the GOPROXY protocol): `MODULE/@v/list`, `@v/VERSION.info`,
/// `.mod`, `.zip` and `MODULE/@latest`, so that `GOPROXY=URL/go` lets `go get` fetch the stubs.
///
/// Module paths and versions arrive case-encoded (`!azure`) and possibly percent-encoded; both
/// are decoded. Anything unknown is a 404 with a plain-text reason (go prints it), so a list
/// `GOPROXY=URL/go,https://proxy.golang.org` falls through for modules published elsewhere. A
/// `.zip` is the exact bytes published, so go.sum never changes under a version, and `.mod` is
/// the zip's own go.mod. Yanked versions are left out of `list` and `@latest` but still served by
/// exact version, as builds pinned to them must keep working.
struct GoProxyController {
    let support: RouteSupport
    let paths = GoPathCache()
    let indexes: ExpiringCache<String, GoModuleIndex>
    var service: RegistryService { support.service }

    init(support: RouteSupport) {
        self.support = support
        indexes = ExpiringCache(ttl: support.service.cacheTTL, capacity: 1)
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("go/**") { request, context in
            do {
                return try await support.guarded(request) { try await answer(request, context) }
            } catch let e as GoProxyNotFound {
                return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: "not found: \(e.reason)\n")))
            }
        }
    }

    func answer(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try await support.authorizeRead(request)
        let raw = String(request.uri.path.dropFirst("/go/".count))
        guard let path = raw.removingPercentEncoding else { throw GoProxyNotFound(reason: "malformed path \(raw)") }
        if let module = path.strip(suffix: "/@latest") {
            let modulePath = try decode(module)
            return try await support.page(request, context) {
                guard let latest = try await index().latest(modulePath) else {
                    throw GoProxyNotFound(reason: "\(modulePath) has no versions here")
                }
                return info(latest)
            }
        }
        guard let at = path.range(of: "/@v/") else { throw GoProxyNotFound(reason: "\(path) is not a module proxy path") }
        let modulePath = try decode(String(path[..<at.lowerBound]))
        let file = String(path[at.upperBound...])
        if file == "list" {
            return try await support.page(request, context) {
                let index = try await index()
                guard index.modules[modulePath] != nil else { throw GoProxyNotFound(reason: "\(modulePath) is not published here") }
                let versions = index.listed(modulePath).map { $0.goVersion + "\n" }.joined()
                return CachedPage(body: ByteBuffer(string: versions), contentType: "text/plain; charset=utf-8")
            }
        }
        for suffix in [".info", ".mod", ".zip"] {
            guard let encodedVersion = file.strip(suffix: suffix) else { continue }
            let version = try decode(encodedVersion)
            guard let entry = try await index().entry(modulePath, version) else {
                throw GoProxyNotFound(reason: "\(modulePath)@\(version) is not published here")
            }
            switch suffix {
            case ".info":
                return try await support.page(request, context) { info(entry) }
            case ".mod":
                return try await support.page(request, context) {
                    CachedPage(body: ByteBuffer(bytes: try await goMod(entry, modulePath: modulePath)), contentType: "text/plain; charset=utf-8")
                }
            default:
                guard let response = try await support.download(request, context, entry.artifact.digest,
                                                               headers: [.contentType: "application/zip"]) else {
                    throw RegistryError(500, "the zip of \(modulePath)@\(version) is missing from the blob store")
                }
                return response
            }
        }
        throw GoProxyNotFound(reason: "\(file) is not one of list, VERSION.info, VERSION.mod, VERSION.zip")
    }

    /// The index for this generation of the registry's content.
    func index() async throws -> GoModuleIndex {
        let generation = service.generation
        if let cached = indexes.get("", generation: generation) { return cached }
        let built = try await GoModuleIndex.build(service: service, blobs: support.blobs, paths: paths)
        indexes.put("", built, generation: generation)
        return built
    }

    func decode(_ text: String) throws -> String {
        guard let decoded = GoModulePathEncoding.decode(text), !decoded.isEmpty else {
            throw GoProxyNotFound(reason: "\(text) is not a case-encoded module path or version")
        }
        return decoded
    }

    func info(_ entry: GoModuleIndex.Entry) -> CachedPage {
        let formatter = ISO8601DateFormatter()
        return JSONResponse.page(["Version": entry.goVersion, "Time": formatter.string(from: entry.record.publishedAt)])
    }

    /// The go.mod inside the published zip, byte for byte.
    func goMod(_ entry: GoModuleIndex.Entry, modulePath: String) async throws -> Data {
        guard let buffer = try await support.blobs.buffer(entry.artifact.digest, store: service.blobs) else {
            throw RegistryError(500, "the zip of \(modulePath)@\(entry.goVersion) is missing from the blob store")
        }
        let name = "\(modulePath)@\(entry.goVersion)/go.mod"
        guard let goMod = try ArchiveReaderEntry.find(name, in: Data(buffer: buffer), archive: entry.artifact.fileName) else {
            throw RegistryError(500, "the zip of \(modulePath)@\(entry.goVersion) has no \(name)")
        }
        return goMod
    }
}
