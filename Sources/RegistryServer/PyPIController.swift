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
///
/// Pages are rendered once and kept in the page cache (`RouteSupport.page`: dropped on a
/// publish or yank, and after a few seconds); a wheel's METADATA never changes, so it is kept
/// by the wheel's digest.
struct PyPIController {
    let support: RouteSupport
    let metadataCache = MetadataCache()
    var service: RegistryService { support.service }
    static let jsonType = "application/vnd.pypi.simple.v1+json"

    func register(on router: Router<BasicRequestContext>) {
        router.get("pypi/simple/") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            let json = wantsJSON(request)
            return try await support.page(request, context) {
                let projects = try await projectsByName().keys.sorted()
                if json {
                    return JSONResponse.page(["meta": ["api-version": "1.1"], "projects": projects.map { ["name": $0] }],
                                             contentType: Self.jsonType)
                }
                let links = projects.map { "    <a href=\"\($0)/\">\($0)</a><br/>" }.joined(separator: "\n")
                return html("<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" content=\"1.1\"><title>Simple index</title></head>\n  <body>\n\(links)\n  </body>\n</html>\n")
            }
        } }
        router.get("pypi/simple/:project/") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            let wanted = Self.normalize(try context.parameters.require("project"))
            let json = wantsJSON(request)
            return try await support.page(request, context) {
                try await projectPage(wanted, json: json)
            }
        } }
        router.get("pypi/files/:digest/:file") { request, context in try await support.guarded(request) {
            try await support.authorizeRead(request)
            let digest = try context.parameters.require("digest")
            let file = try context.parameters.require("file")
            if file.hasSuffix(".metadata") {
                let record = ArtifactRecord(kind: "python", fileName: String(file.dropLast(9)), digest: digest, size: 0)
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try await metadata(of: record))))
            }
            guard let response = try await support.download(request, context, digest, headers: [.contentType: "application/octet-stream"]) else {
                throw RegistryError.notFound("no file \(file)")
            }
            return response
        } }
    }

    /// The PEP 503 (HTML) or PEP 691 (JSON) page of one project.
    func projectPage(_ wanted: String, json: Bool) async throws -> CachedPage {
        guard let module = try await projectsByName()[wanted] else { throw RegistryError.notFound("no project \(wanted)") }
        var files: [(record: VersionRecord, wheel: ArtifactRecord, metadataDigest: String)] = []
        for record in try await service.versions(module) {
            guard let wheel = record.artifact("python") else { continue }
            files.append((record, wheel, SHA256Hex.of(try await metadata(of: wheel))))
        }
        if json {
            let list: [[String: Any]] = files.map { f in
                var o: [String: Any] = ["filename": f.wheel.fileName, "url": url(f.wheel), "hashes": ["sha256": f.wheel.digest],
                                        "core-metadata": ["sha256": f.metadataDigest], "size": f.wheel.size,
                                        "requires-python": ">=3.9"]
                if f.record.yanked { o["yanked"] = true }
                return o
            }
            return JSONResponse.page(["meta": ["api-version": "1.1"], "name": wanted, "files": list,
                                      "versions": files.map { (try? $0.record.version.pep440()) ?? $0.record.version.description }],
                                     contentType: Self.jsonType)
        }
        let links = files.map { f in
            "    <a href=\"\(url(f.wheel))#sha256=\(f.wheel.digest)\" data-requires-python=\"&gt;=3.9\" "
                + "data-dist-info-metadata=\"sha256=\(f.metadataDigest)\" data-core-metadata=\"sha256=\(f.metadataDigest)\""
                + (f.record.yanked ? " data-yanked=\"\"" : "") + ">\(f.wheel.fileName)</a><br/>"
        }.joined(separator: "\n")
        return html("<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" content=\"1.1\"><title>Links for \(wanted)</title></head>\n  <body>\n    <h1>Links for \(wanted)</h1>\n\(links)\n  </body>\n</html>\n")
    }

    /// PEP 503: lower case, runs of `-`, `_`, `.` as one `-`.
    static func normalize(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var inRun = false
        for c in name.lowercased() {
            if c == "-" || c == "_" || c == "." {
                if !inRun { out.append("-") }
                inRun = true
            } else {
                out.append(c)
                inRun = false
            }
        }
        return out
    }

    func projectsByName() async throws -> [String: ModuleName] {
        var out: [String: ModuleName] = [:]
        for module in try await service.modules() { out[Self.normalize(module.pythonDistribution)] = module }
        return out
    }

    func url(_ wheel: ArtifactRecord) -> String { "../../files/\(wheel.digest)/\(wheel.fileName)" }

    /// The wheel's METADATA file (PEP 658 serves it beside the wheel).
    func metadata(of wheel: ArtifactRecord) async throws -> Data {
        if let cached = metadataCache.get(wheel.digest) { return cached }
        guard let buffer = try await support.blobs.buffer(wheel.digest, store: service.blobs) else { throw RegistryError.notFound("no file \(wheel.fileName)") }
        let entries = try ArchiveReader.read(Data(buffer: buffer), name: wheel.fileName)
        guard let meta = entries.first(where: { $0.path.hasSuffix(".dist-info/METADATA") && $0.path.split(separator: "/").count == 2 }) else {
            throw RegistryError.notFound("\(wheel.fileName) has no METADATA")
        }
        metadataCache.put(wheel.digest, meta.data)
        return meta.data
    }

    func wantsJSON(_ request: Request) -> Bool { request.headers[.accept]?.contains(Self.jsonType) == true }

    func html(_ text: String) -> CachedPage {
        CachedPage(body: ByteBuffer(string: text), contentType: "text/html; charset=utf-8")
    }
}
