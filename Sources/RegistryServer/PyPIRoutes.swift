import ArchiveKit
import Foundation
import HTTPTypes
import Hummingbird
import ProtoPackaging
import ProtopkgBasics
import RegistryCore

/// The Python package index at /pypi/simple/: PEP 503 HTML or PEP 691 JSON (by Accept), with
/// PEP 658 core metadata beside each wheel and PEP 592 yank marks, so a stock pip installs
/// `acme-billing-protos==1.1.*` straight from the registry.
struct PyPIRoutes {
    let service: RegistryService
    let api: RegistryRoutes
    static let jsonType = "application/vnd.pypi.simple.v1+json"

    func register(on router: Router<BasicRequestContext>) {
        router.get("pypi/simple/") { request, _ in try await api.guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let projects = try await projectsByName().keys.sorted()
            if wantsJSON(request) {
                return JSONResponse.make(["meta": ["api-version": "1.1"], "projects": projects.map { ["name": $0] }])
                    .with(contentType: Self.jsonType)
            }
            let links = projects.map { "    <a href=\"\($0)/\">\($0)</a><br/>" }.joined(separator: "\n")
            return html("<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" content=\"1.1\"><title>Simple index</title></head>\n  <body>\n\(links)\n  </body>\n</html>\n")
        } }
        router.get("pypi/simple/:project/") { request, context in try await api.guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let wanted = Self.normalize(try context.parameters.require("project"))
            guard let module = try await projectsByName()[wanted] else { throw RegistryError.notFound("no project \(wanted)") }
            var files: [(record: VersionRecord, wheel: ArtifactRecord, metadataDigest: String)] = []
            for record in try await service.versions(module) {
                guard let wheel = record.artifact("python") else { continue }
                files.append((record, wheel, SHA256Hex.of(try metadata(of: wheel))))
            }
            if wantsJSON(request) {
                let list: [[String: Any]] = files.map { f in
                    var o: [String: Any] = ["filename": f.wheel.fileName, "url": url(f.wheel), "hashes": ["sha256": f.wheel.digest],
                                            "core-metadata": ["sha256": f.metadataDigest], "size": f.wheel.size,
                                            "requires-python": ">=3.9"]
                    if f.record.yanked { o["yanked"] = true }
                    return o
                }
                return JSONResponse.make(["meta": ["api-version": "1.1"], "name": wanted, "files": list,
                                          "versions": files.map { (try? $0.record.version.pep440()) ?? $0.record.version.description }])
                    .with(contentType: Self.jsonType)
            }
            let links = files.map { f in
                "    <a href=\"\(url(f.wheel))#sha256=\(f.wheel.digest)\" data-requires-python=\"&gt;=3.9\" "
                    + "data-dist-info-metadata=\"sha256=\(f.metadataDigest)\" data-core-metadata=\"sha256=\(f.metadataDigest)\""
                    + (f.record.yanked ? " data-yanked=\"\"" : "") + ">\(f.wheel.fileName)</a><br/>"
            }.joined(separator: "\n")
            return html("<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" content=\"1.1\"><title>Links for \(wanted)</title></head>\n  <body>\n    <h1>Links for \(wanted)</h1>\n\(links)\n  </body>\n</html>\n")
        } }
        router.get("pypi/files/:digest/:file") { request, context in try await api.guarded(request) {
            try service.authorizeRead(try await service.authenticate(request.headers[.authorization]))
            let digest = try context.parameters.require("digest")
            let file = try context.parameters.require("file")
            if file.hasSuffix(".metadata") {
                let record = ArtifactRecord(kind: "python", fileName: String(file.dropLast(9)), digest: digest, size: 0)
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try metadata(of: record))))
            }
            guard let data = try service.blobs.get(digest) else { throw RegistryError.notFound("no file \(file)") }
            return Response(status: .ok, headers: [.contentType: "application/octet-stream"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        } }
    }

    /// PEP 503: lower case, runs of `-`, `_`, `.` as one `-`.
    static func normalize(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "[-_.]+", with: "-", options: .regularExpression)
    }

    func projectsByName() async throws -> [String: ModuleName] {
        var out: [String: ModuleName] = [:]
        for module in try await service.store.modules() { out[Self.normalize(module.pythonDistribution)] = module }
        return out
    }

    func url(_ wheel: ArtifactRecord) -> String { "../../files/\(wheel.digest)/\(wheel.fileName)" }

    /// The wheel's METADATA file (PEP 658 serves it beside the wheel).
    func metadata(of wheel: ArtifactRecord) throws -> Data {
        guard let data = try service.blobs.get(wheel.digest) else { throw RegistryError.notFound("no file \(wheel.fileName)") }
        let entries = try ArchiveReader.read(data, name: wheel.fileName)
        guard let meta = entries.first(where: { $0.path.hasSuffix(".dist-info/METADATA") && $0.path.split(separator: "/").count == 2 }) else {
            throw RegistryError.notFound("\(wheel.fileName) has no METADATA")
        }
        return meta.data
    }

    func wantsJSON(_ request: Request) -> Bool { request.headers[.accept]?.contains(Self.jsonType) == true }

    func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

extension Response {
    func with(contentType: String) -> Response {
        var copy = self
        copy.headers[.contentType] = contentType
        return copy
    }
}
