import CodeGen
import Foundation
import ProtoChecks
import ProtoPackaging
import ProtoSchema
import ProtopkgBasics

/// The registry's operations, independent of HTTP: tokens, publishing under the semver rules,
/// reading versions and artifacts, resolving ranges, yanking.
public final class RegistryService: @unchecked Sendable {
    public let store: RegistryStore
    public let blobs: BlobStore
    public let publicRead: Bool
    private let policy = PublishPolicy()
    private let schemas = SchemaCache()
    /// Publishes of one module are checked and stored one at a time in this process; the store's
    /// unique version key decides between processes (replicas).
    private let publishLocks = KeyedLock()

    public init(store: RegistryStore, blobs: BlobStore, publicRead: Bool) {
        self.store = store
        self.blobs = blobs
        self.publicRead = publicRead
    }

    // MARK: tokens

    /// Creates a token and returns its secret; only the secret's SHA-256 is stored.
    public func createToken(scopes: [TokenScope]) async throws -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255) }
        let secret = "ppk_" + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let record = TokenRecord(id: String(SHA256Hex.of(secret).prefix(12)), secretHash: SHA256Hex.of(secret),
                                 scopes: scopes, createdAt: Date())
        try await store.insertToken(record)
        return secret
    }

    /// The token of an `Authorization` header; nil without one; 401 for an unknown or malformed one.
    public func authenticate(_ header: String?) async throws -> TokenRecord? {
        guard let header, !header.isEmpty else { return nil }
        let secret: String
        if header.hasPrefix("Bearer "), header.count > 7 {
            secret = String(header.dropFirst(7))
        } else if header.hasPrefix("Basic "), let decoded = Data(base64Encoded: String(header.dropFirst(6))),
                  let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":") {
            // pip sends credentials from the index URL (https://__token__:TOKEN@host/...) as Basic.
            secret = String(pair[pair.index(after: colon)...])
        } else {
            throw RegistryError.unauthorized("malformed Authorization header: use Bearer TOKEN")
        }
        guard let token = try await store.token(secretHash: SHA256Hex.of(secret)) else {
            throw RegistryError.unauthorized("unknown token")
        }
        return token
    }

    public func authorizeRead(_ token: TokenRecord?) throws {
        if publicRead { return }
        guard let token else { throw RegistryError.unauthorized() }
        guard !token.scopes.isEmpty else { throw RegistryError.forbidden("the token has no scope") }
    }

    public func authorizePublish(_ token: TokenRecord?, _ module: ModuleName) throws {
        guard let token else { throw RegistryError.unauthorized() }
        guard token.scopes.contains(where: { $0.allowsPublish(module) }) else {
            throw RegistryError.forbidden("the token may not publish \(module) (scopes: \(token.scopes.map(\.description).joined(separator: ", ")))")
        }
    }

    // MARK: publishing

    public func publish(module: ModuleName, version: SemVer, bundle data: Data, dryRun: Bool = false) async throws -> PublishOutcome {
        let bundle: BundleReader
        do {
            bundle = try BundleReader(data, name: "the uploaded bundle")
        } catch let e as ProtopkgError {
            throw PublishRefusal(status: 422, message: e.description)
        }
        return try await publishLocks.withLock(module.description) {
            let existing = try await store.versions(of: module)
            let digest = SHA256Hex.of(data)
            if let same = existing.first(where: { $0.version == version }) {
                if same.digest == digest { return dryRun ? .wouldBeAccepted : .unchanged(same) }
                throw PublishRefusal(status: 409, message: "\(module)@\(version) is published already with other content "
                                     + "(versions are immutable): publish a new version")
            }
            var published: [PublishPolicy.Published] = []
            for record in existing {
                published.append(.init(version: record.version, schema: try schema(of: record)))
            }
            try policy.check(bundle: bundle, module: module, version: version, published: published)
            if dryRun { return .wouldBeAccepted }

            var artifacts = [ArtifactRecord(kind: "bundle", fileName: "\(module.fileStem)-\(version).protopkg.tgz",
                                            digest: try blobs.put(data), size: data.count)]
            for (path, bytes) in bundle.artifacts.sorted(by: { $0.key < $1.key }) {
                let kind = path.hasPrefix("python/") ? "python" : path.hasPrefix("go/") ? "go" : "descriptor"
                artifacts.append(ArtifactRecord(kind: kind, fileName: (path as NSString).lastPathComponent,
                                                digest: try blobs.put(bytes), size: bytes.count))
            }
            let record = VersionRecord(module: module, version: version, digest: digest, publishedAt: Date(), artifacts: artifacts)
            switch try await store.insertVersion(record) {
            case .inserted: return .created(record)
            case .identical: return .unchanged(record)
            case .conflict:
                throw PublishRefusal(status: 409, message: "\(module)@\(version) was just published with other content")
            }
        }
    }

    func schema(of record: VersionRecord) throws -> Schema {
        if let cached = schemas.get(record.digest) { return cached }
        guard let data = try blobs.get(record.digest) else {
            throw RegistryError(500, "the bundle of \(record.module)@\(record.version) is missing from the blob store")
        }
        let schema = try BundleReader(data, name: "\(record.module)@\(record.version)").schema()
        schemas.put(record.digest, schema)
        return schema
    }

    // MARK: reading

    public func versions(_ module: ModuleName) async throws -> [VersionRecord] {
        let all = try await store.versions(of: module)
        guard !all.isEmpty else { throw RegistryError.notFound("no module \(module)") }
        return all.sorted { $0.version < $1.version }
    }

    public func version(_ module: ModuleName, _ version: SemVer) async throws -> VersionRecord {
        guard let record = try await store.version(module, version) else {
            throw RegistryError.notFound("no version \(module)@\(version)")
        }
        return record
    }

    /// The newest version that satisfies the range and is not yanked.
    public func resolve(_ module: ModuleName, _ range: VersionRange) async throws -> VersionRecord {
        let candidates = try await versions(module).filter { !$0.yanked }
        guard let best = range.best(of: candidates.map(\.version)), let record = candidates.first(where: { $0.version == best }) else {
            throw RegistryError.notFound("no version of \(module) satisfies \(range) (published: "
                                         + candidates.map { $0.version.description }.joined(separator: ", ") + ")")
        }
        return record
    }

    public func setYanked(_ module: ModuleName, _ version: SemVer, _ yanked: Bool) async throws {
        guard try await store.setYanked(module, version, yanked: yanked) else {
            throw RegistryError.notFound("no version \(module)@\(version)")
        }
    }
}
