import Foundation
import ProtoPackaging
import ProtopkgBasics

/// A version as the registry's JSON API describes it (`GET …/versions`, `…/versions/VERSION`).
public struct PublishedVersion: Equatable, Sendable {
    public struct Artifact: Equatable, Sendable {
        /// `bundle`, `python`, `go`, `swift`, `npm` or `descriptor`.
        public var kind: String
        public var fileName: String
        public var sha256: String
        public var size: Int
        /// The name its package manager knows it by (Go module path, ...), when the registry has it.
        public var packageName: String? = nil
    }

    public var module: ModuleName
    public var version: SemVer
    /// SHA-256 hex of the bundle.
    public var sha256: String
    public var yanked: Bool
    /// ISO 8601, as the registry wrote it.
    public var publishedAt: String
    public var artifacts: [Artifact]

    public init(module: ModuleName, version: SemVer, sha256: String, yanked: Bool = false, publishedAt: String = "",
                artifacts: [Artifact] = []) {
        self.module = module
        self.version = version
        self.sha256 = sha256
        self.yanked = yanked
        self.publishedAt = publishedAt
        self.artifacts = artifacts
    }

    /// Reads one version object; a digest that is not SHA-256 hex is refused here, since it
    /// later names files in the cache.
    init(json: [String: Any], module: ModuleName, registry: String) throws {
        func invalid(_ what: String) -> ProtopkgError {
            ProtopkgError("the registry \(registry) sent a version of \(module) with \(what)",
                          hint: "the registry may be of another kind or version; check the URL")
        }
        guard let text = json["version"] as? String, let version = try? SemVer(text) else { throw invalid("no valid version") }
        guard let digest = json["digest"] as? String, SHA256Hex.isValid(digest) else { throw invalid("no valid digest") }
        self.init(module: module, version: version, sha256: digest, yanked: json["yanked"] as? Bool ?? false,
                  publishedAt: json["published_at"] as? String ?? "")
        for item in json["artifacts"] as? [[String: Any]] ?? [] {
            guard let kind = item["kind"] as? String, let hex = item["digest"] as? String, SHA256Hex.isValid(hex) else {
                throw invalid("an artifact without a valid kind and digest")
            }
            artifacts.append(Artifact(kind: kind, fileName: item["file_name"] as? String ?? "", sha256: hex,
                                      size: item["size"] as? Int ?? 0, packageName: item["package_name"] as? String))
        }
    }

    /// The JSON form `protopkg info --format json` prints: the registry's own field names.
    public var json: [String: Any] {
        ["module": module.description, "version": version.description, "digest": "sha256:\(sha256)", "yanked": yanked,
         "published_at": publishedAt,
         "artifacts": artifacts.map { a -> [String: Any] in
             var o: [String: Any] = ["kind": a.kind, "file_name": a.fileName, "digest": "sha256:\(a.sha256)", "size": a.size]
             if let name = a.packageName { o["package_name"] = name }
             return o
         }]
    }
}
