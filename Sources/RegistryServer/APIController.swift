import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import ProtopkgBasics
import RegistryCore

/// The JSON API under /api/v1/. Every error becomes a status a client can act on
/// (401, 403, 404, 409, 413, 422), never a 500 for bad input.
struct APIController {
    let support: RouteSupport
    var service: RegistryService { support.service }

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.get("modules") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            return try await support.page(request, context) {
                JSONResponse.page(["modules": try await service.modules().map(\.description)])
            }
        } }
        api.get("modules/:owner/:name/versions") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            let module = try support.moduleName(context)
            return try await support.page(request, context) {
                let versions = try await service.versions(module)
                return JSONResponse.page(["module": module.description, "versions": versions.map(JSONResponse.version)])
            }
        } }
        api.get("modules/:owner/:name/resolve") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            guard let text = request.uri.queryParameters["range"].map(String.init) else {
                return JSONResponse.error(400, "give the range as ?range=^1.2")
            }
            let range: VersionRange
            do { range = try VersionRange(text) } catch { return JSONResponse.error(422, "\(error)") }
            return JSONResponse.make(JSONResponse.version(try await service.resolve(try support.moduleName(context), range)))
        } }
        api.get("modules/:owner/:name/versions/:version") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            let module = try support.moduleName(context)
            let version = try support.version(context)
            return try await support.page(request, context) {
                JSONResponse.page(JSONResponse.version(try await service.version(module, version)))
            }
        } }
        api.get("modules/:owner/:name/versions/:version/:kind") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            let record = try await service.version(try support.moduleName(context), try support.version(context))
            let kind = try context.parameters.require("kind")
            guard let artifact = record.artifact(kind),
                  let response = try await support.download(request, context, artifact.digest, headers: [
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
        api.post("modules/:owner/:name/versions/:version/yank") { request, context in try await support.guarded(request) {
            try await yank(request, context, true)
        } }
        api.delete("modules/:owner/:name/versions/:version/yank") { request, context in try await support.guarded(request) {
            try await yank(request, context, false)
        } }
    }

    func publish(_ request: Request, _ context: BasicRequestContext, dryRun: Bool) async throws -> Response {
        var request = request
        let response: Response
        do { response = try await support.guarded(request) {
            let module = try support.moduleName(context)
            let version = try support.version(context)
            try service.authorizePublish(try await service.authenticate(request.headers[.authorization]), module)
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: support.maxUploadBytes)
            } catch {
                return JSONResponse.error(413, "the bundle is larger than the registry's limit of \(support.maxUploadBytes) bytes")
            }
            switch try await service.publish(module: module, version: version, bundle: Data(buffer: body), dryRun: dryRun) {
            case .created(let r): return JSONResponse.make(JSONResponse.version(r), status: .created)
            case .unchanged(let r): return JSONResponse.make(JSONResponse.version(r))
            case .wouldBeAccepted: return JSONResponse.make(["module": module.description, "version": version.description, "accepted": true])
            }
        } } catch {
            support.metrics.publish(status: (error as? any HTTPResponseError)?.status.code ?? 500, dryRun: dryRun)
            throw error
        }
        support.metrics.publish(status: response.status.code, dryRun: dryRun)
        return response
    }

    func yank(_ request: Request, _ context: BasicRequestContext, _ yanked: Bool) async throws -> Response {
        let module = try support.moduleName(context)
        let version = try support.version(context)
        try service.authorizePublish(try await service.authenticate(request.headers[.authorization]), module)
        try await service.setYanked(module, version, yanked)
        return JSONResponse.make(JSONResponse.version(try await service.version(module, version)))
    }
}
