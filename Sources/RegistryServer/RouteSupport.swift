import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import ProtopkgBasics
import RegistryCore

/// What every protocol's controller shares: the service, the read caches, mapping errors to
/// statuses, reading a request's module and version, and answering reads from the caches.
///
/// Reads go through caches: version records in `RegistryService`, rendered pages and downloads
/// in `HotReads` (which `HotReadHandler` answers from before a request reaches the router).
struct RouteSupport: Sendable {
    let hot: HotReads
    let maxUploadBytes: Int
    var service: RegistryService { hot.service }
    var metrics: RegistryMetrics { hot.metrics }
    var blobs: BlobCache { hot.blobs }

    /// Authenticates the request and checks that it may read; throws 401/403 otherwise.
    func authorizeRead(_ request: Request) async throws {
        try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
    }

    /// The answer to a read from the page cache, or rendered now and kept under the request's
    /// key (`HotReads.key`): its path and the representation its Accept header selects, so
    /// `render` may depend on nothing else of the request (the caller checks who may read
    /// first). Only successful renders are kept.
    func page(_ request: Request, _ context: BasicRequestContext, _ render: () async throws -> CachedPage) async throws -> Response {
        let key = HotReads.key(request)
        let generation = service.generation
        if let cached = hot.pages.get(key, generation: generation) { return cached.response }
        let page = hot.prepare(try await render(), route: context.endpointPath ?? "")
        hot.pages.put(key, page, generation: generation)
        return page.response
    }

    /// A blob as a download with these headers, or nil when the store lacks it. A blob small
    /// enough to stay in memory is noted under the request's key, for `HotReadHandler`.
    func download(_ request: Request, _ context: BasicRequestContext, _ digest: String, headers: HTTPFields) async throws -> Response? {
        let generation = service.generation
        guard let body = try await blobs.body(digest, store: service.blobs, context: context) else { return nil }
        if let size = body.contentLength, blobs.keeps(size: size) {
            hot.downloads.put(HotReads.key(request), hot.download(digest: digest, headers: headers, length: size,
                                                                  route: context.endpointPath ?? ""),
                              generation: generation)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    func moduleName(_ context: BasicRequestContext) throws -> ModuleName {
        let text = "\(try context.parameters.require("owner"))/\(try context.parameters.require("name"))"
        do { return try ModuleName(text) } catch { throw RegistryError(404, "no module \(text): \(error)") }
    }

    func version(_ context: BasicRequestContext) throws -> SemVer {
        let text = try context.parameters.require("version")
        do { return try SemVer(text) } catch { throw RegistryError(404, "no version \(text): \(error)") }
    }

    /// Maps the errors of a handler to statuses; anything unexpected is a 500 with its message.
    func guarded(_ request: Request, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let e as RegistryError {
            return JSONResponse.error(e.status, e.message)
        } catch let e as PublishRefusal {
            var extra: [String: Any] = ["changes": try JSONSerialization.jsonObject(with: JSONEncoder().encode(e.findings))]
            if let v = e.acceptableVersion { extra["acceptable_version"] = v.description }
            return JSONResponse.error(e.status, e.message, extra: extra)
        } catch let e as ProtopkgError {
            return JSONResponse.error(422, e.description)
        }
    }
}
