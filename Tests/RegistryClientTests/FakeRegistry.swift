import ArchiveKit
import Foundation
import HTTPTransport
import ProtoBundle
import ProtoPackaging
import ProtopkgBasics
import RegistryClient

/// The registry's JSON API in memory, as an `HTTPTransport`: versions, version metadata and
/// bundle downloads, with knobs to yank a version or to serve other bytes than it records.
final class FakeRegistry: HTTPTransport, @unchecked Sendable {
    struct Published {
        var bundle: Data
        var yanked = false
        /// What a download returns instead of `bundle` (a tampered mirror).
        var served: Data?
        /// The digest the metadata claims instead of the bundle's own.
        var recordedDigest: String?
    }

    static let url = "http://registry.test"
    private let lock = NSLock()
    private var modules: [String: [String: Published]] = [:]
    private(set) var requests: [String] = []

    func publish(_ module: String, _ version: String, bundle: Data) {
        lock.withLock { modules[module, default: [:]][version] = Published(bundle: bundle) }
    }

    func update(_ module: String, _ version: String, _ change: (inout Published) -> Void) {
        lock.withLock { change(&modules[module]![version]!) }
    }

    var downloads: [String] { lock.withLock { requests.filter { $0.hasSuffix("/bundle") } } }

    func send(_ request: HTTPRequest, progress: TransferProgress?) throws -> HTTPResponse {
        lock.withLock {
            let path = String(request.url.dropFirst(Self.url.count))
            requests.append(path)
            let parts = path.split(separator: "/").map(String.init)
            // api v1 modules OWNER NAME versions [VERSION [bundle]]
            guard parts.count >= 6, parts[0...2] == ["api", "v1", "modules"], parts[5] == "versions",
                  let versions = modules["\(parts[3])/\(parts[4])"] else {
                return json(404, ["error": "no module"])
            }
            if parts.count == 6 {
                let list = versions.keys.sorted().map { record("\(parts[3])/\(parts[4])", $0, versions[$0]!) }
                return json(200, ["module": "\(parts[3])/\(parts[4])", "versions": list])
            }
            guard let published = versions[parts[6]] else { return json(404, ["error": "no version \(parts[6])"]) }
            if parts.count == 7 { return json(200, record("\(parts[3])/\(parts[4])", parts[6], published)) }
            return HTTPResponse(status: 200, body: published.served ?? published.bundle)
        }
    }

    private func record(_ module: String, _ version: String, _ p: Published) -> [String: Any] {
        let digest = p.recordedDigest ?? SHA256Hex.of(p.bundle)
        return ["module": module, "version": version, "digest": digest, "yanked": p.yanked,
                "published_at": "2026-01-02T03:04:05Z",
                "artifacts": [["kind": "bundle", "file_name": "b.protopkg.tgz", "digest": digest, "size": p.bundle.count]]]
    }

    private func json(_ status: Int, _ object: [String: Any]) -> HTTPResponse {
        HTTPResponse(status: status, body: try! JSONSerialization.data(withJSONObject: object))
    }

    var api: RegistryAPI { RegistryAPI(baseURL: Self.url, token: "t", transport: self, retries: 0, backoff: { _ in }) }

    /// A real bundle (BundlePackager's format) of a module with one file, `OWNER/NAME/v1/NAME.proto`,
    /// Go stubs and a Go module zip, depending on `deps`.
    static func bundle(_ module: String, _ version: String, deps: [String: String] = [:], message: String = "Thing") throws -> Data {
        let name = try ModuleName(module)
        let file = "\(name.owner)/\(name.name)/v1/\(name.name).proto"
        let proto = "syntax = \"proto3\";\npackage \(name.owner).\(name.name).v1;\nmessage \(message) { string id = 1; }\n"
        let goModule = "example.com/\(module)" + (try SemVer(version).major >= 2 ? "/v\(try SemVer(version).major)" : "")
        let goFile = "\(name.owner)/\(name.name)/v1/\(name.name).pb.go"
        let zip = try ArchiveWriter.write([
            ArchiveEntry(path: "\(goModule)@v\(version)/\(goFile)", data: Data("package x\n".utf8)),
            ArchiveEntry(path: "\(goModule)@v\(version)/go.mod", data: Data("module \(goModule)\n\ngo 1.19\n".utf8)),
        ], format: .zip)
        let manifest = BundleManifest(name: module, version: version, deps: deps, targets: ["go", "descriptor"], git: nil,
                                      toolchain: [:], digests: [:])
        return try BundlePackager.package(.init(manifest: manifest, sources: [file: Data(proto.utf8)], descriptorSet: Data(),
                                                generated: ["go": [goFile: Data("package x\n".utf8)]],
                                                artifacts: ["go/\(name.fileStem)-v\(version).zip": zip]))
    }
}
