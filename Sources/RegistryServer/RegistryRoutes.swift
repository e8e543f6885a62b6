import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import ProtopkgBasics
import RegistryCore

/// The JSON API under /api/v1/, and /healthz. Every error becomes a status a client can act on
/// (401, 403, 404, 409, 413, 422), never a 500 for bad input.
struct RegistryRoutes {
    let service: RegistryService
    let maxUploadBytes: Int

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(["status": "ok"]) }
        let api = router.group("api/v1")
        api.get("modules") { request, _ in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            return JSONResponse.make(["modules": try await service.store.modules().map(\.description)])
        } }
        api.get("modules/:owner/:name/versions") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let module = try moduleName(context)
            let versions = try await service.versions(module)
            return JSONResponse.make(["module": module.description, "versions": versions.map(JSONResponse.version)])
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
            return JSONResponse.make(JSONResponse.version(try await service.version(try moduleName(context), try version(context))))
        } }
        api.get("modules/:owner/:name/versions/:version/:kind") { request, context in try await guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let record = try await service.version(try moduleName(context), try version(context))
            let kind = try context.parameters.require("kind")
            guard let artifact = record.artifact(kind), let data = try service.blobs.get(artifact.digest) else {
                return JSONResponse.error(404, "\(record.module)@\(record.version) has no \(kind) artifact (kinds: "
                                          + record.artifacts.map(\.kind).joined(separator: ", ") + ")")
            }
            return Response(status: .ok, headers: [.contentType: "application/octet-stream",
                                                   .contentDisposition: "attachment; filename=\"\(artifact.fileName)\"",
                                                   HTTPField.Name("X-Checksum-Sha256")!: artifact.digest],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
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
        return try await guarded(request) {
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
        }
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
