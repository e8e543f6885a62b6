import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import ProtopkgBasics
import RegistryCore

/// The JSON API under /api/v1/, and /healthz. Every error becomes a status a client can act on
/// (401, 403, 404, 409, 413, 422), never a 500 for bad input.
///
/// Reads go through caches: version records in `RegistryService`, rendered pages and downloads
/// in `HotReads` (which `HotReadHandler` answers from before a request reaches the router).
struct RegistryRoutes {
    let service: RegistryService
    let maxUploadBytes: Int
    let hot: HotReads
    var metrics: RegistryMetrics { hot.metrics }
    var blobs: BlobCache { hot.blobs }

    init(maxUploadBytes: Int, hot: HotReads) {
        self.service = hot.service
        self.maxUploadBytes = maxUploadBytes
        self.hot = hot
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(["status": "ok"]) }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: ResponseBody(byteBuffer: metrics.render()))
        }
        let api = router.group("api/v1")
        api.get("modules") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            return try await page(request, context) {
                JSONResponse.page(["modules": try await service.modules().map(\.description)])
            }
        } }
        api.get("modules/:owner/:name/versions") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let module = try moduleName(context)
            return try await page(request, context) {
                let versions = try await service.versions(module)
                return JSONResponse.page(["module": module.description, "versions": versions.map(JSONResponse.version)])
            }
        } }
        api.get("modules/:owner/:name/resolve") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            guard let text = request.uri.queryParameters["range"].map(String.init) else {
                return JSONResponse.error(400, "give the range as ?range=^1.2")
            }
            let range: VersionRange
            do { range = try VersionRange(text) } catch { return JSONResponse.error(422, "\(error)") }
            return JSONResponse.make(JSONResponse.version(try await service.resolve(try moduleName(context), range)))
        } }
        api.get("modules/:owner/:name/versions/:version") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let module = try moduleName(context)
            let version = try version(context)
            return try await page(request, context) {
                JSONResponse.page(JSONResponse.version(try await service.version(module, version)))
            }
        } }
        api.get("modules/:owner/:name/versions/:version/:kind") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let record = try await service.version(try moduleName(context), try version(context))
            let kind = try context.parameters.require("kind")
            guard let artifact = record.artifact(kind),
                  let response = try await download(request, context, artifact.digest, headers: [
                      .contentType: "application/octet-stream",
                      .contentDisposition: "attachment; filename=\"\(artifact.fileName)\"",
                      HTTPField.Name("X-Checksum-Sha256")!: artifact.digest,
                  ]) else {
                return JSONResponse.error(404, "\(record.module)@\(record.version) has no \(kind) artifact (kinds: "
                                          + record.artifacts.map(\.kind).joined(separator: ", ") + ")")
            }
            return response
        } }
        api.put("modules/:owner/:name/versions/:version") { request, context in
            try await publish(request, context, dryRun: false)
        }
        api.post("modules/:owner/:name/versions/:version/check") { request, context in
            try await publish(request, context, dryRun: true)
        }
        api.post("modules/:owner/:name/versions/:version/yank") { request, context in try await guarded(request) {
            try await yank(request, context, true)
        } }
        api.delete("modules/:owner/:name/versions/:version/yank") { request, context in try await guarded(request) {
            try await yank(request, context, false)
        } }
    }

    func publish(_ request: Request, _ context: BasicRequestContext, dryRun: Bool) async throws -> Response {
        var request = request
        let response: Response
        do { response = try await guarded(request) {
            let module = try moduleName(context)
            let version = try version(context)
            try service.authorizePublish(try await service.authenticate(request.headers[.authorization]), module)
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: maxUploadBytes)
            } catch {
                return JSONResponse.error(413, "the bundle is larger than the registry's limit of \(maxUploadBytes) bytes")
            }
            switch try await service.publish(module: module, version: version, bundle: Data(buffer: body), dryRun: dryRun) {
            case .created(let r): return JSONResponse.make(JSONResponse.version(r), status: .created)
            case .unchanged(let r): return JSONResponse.make(JSONResponse.version(r))
            case .wouldBeAccepted: return JSONResponse.make(["module": module.description, "version": version.description, "accepted": true])
            }
        } } catch {
            metrics.publish(status: (error as? any HTTPResponseError)?.status.code ?? 500, dryRun: dryRun)
            throw error
        }
        metrics.publish(status: response.status.code, dryRun: dryRun)
        return response
    }

    /// The answer to a read from the page cache, or rendered now and kept under the request's
    /// key (`HotReads.key`): its path and whether it asks for PEP 691 JSON, so `render` may
    /// depend on nothing else of the request (the caller checks who may read first). Only
    /// successful renders are kept.
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

    func yank(_ request: Request, _ context: BasicRequestContext, _ yanked: Bool) async throws -> Response {
        let module = try moduleName(context)
        let version = try version(context)
        try service.authorizePublish(try await service.authenticate(request.headers[.authorization]), module)
        try await service.setYanked(module, version, yanked)
        return JSONResponse.make(JSONResponse.version(try await service.version(module, version)))
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
            var extra: [String: Any] = ["changes": e.findings.map { ["path": $0.path, "start_line": $0.startLine,
                                                                     "start_column": $0.startColumn, "type": $0.type,
                                                                     "message": $0.message] }]
            if let v = e.acceptableVersion { extra["acceptable_version"] = v.description }
            return JSONResponse.error(e.status, e.message, extra: extra)
        } catch let e as ProtopkgError {
            return JSONResponse.error(422, e.description)
        }
    }
}
