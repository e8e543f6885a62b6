import Foundation
import ProtoBundle
import ProtoChecks
import ProtoCompiler
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
    /// Published releases read back for the pages (sources, schema, manifest), by digest.
    let contents = ReleaseContentCache()
    /// Changelogs by their two bundles' digests (immutable, so never stale).
    let diffs = ChangelogCache()
    /// Called after each publish that stored a new version (see `onPublish`).
    private let listeners = PublishListeners()
    /// Page sessions by the SHA-256 of their secret: found ones only, like tokens.
    let sessionCache: ExpiringCache<String, SessionRecord>
    /// Publishes of one module are checked and stored one at a time in this process; the store's
    /// unique version key decides between processes (replicas).
    private let publishLocks = KeyedLock()

    /// Read caches (see `ExpiringCache`). Entries live `cacheTTL` seconds and are dropped at once
    /// by a publish or a yank in this process. With several replicas on one database another
    /// replica's publish or yank shows here only when an entry expires: keep the time to live
    /// short (the default is 3 s) or set it to 0, which disables caching.
    public let cacheTTL: Double
    private let versionCache: ExpiringCache<ModuleName, [VersionRecord]>
    private let moduleCache: ExpiringCache<Int, [ModuleName]>
    /// Only tokens found are kept (a token just created elsewhere is never refused from here).
    let tokenCache: ExpiringCache<String, TokenRecord>
    private let generationLock = NSLock()
    private var changes: UInt64 = 0

    public init(store: RegistryStore, blobs: BlobStore, publicRead: Bool, cacheTTL: Double = 3) {
        self.store = store
        self.blobs = blobs
        self.publicRead = publicRead
        self.cacheTTL = cacheTTL
        versionCache = ExpiringCache(ttl: cacheTTL, capacity: 4096)
        moduleCache = ExpiringCache(ttl: cacheTTL, capacity: 1)
        tokenCache = ExpiringCache(ttl: cacheTTL, capacity: 4096)
        sessionCache = ExpiringCache(ttl: cacheTTL, capacity: 4096)
    }

    /// Runs `listener` after each publish that stores a new version, before the publish
    /// answers: the pages fill their caches so (`WebPages` in the server).
    public func onPublish(_ listener: @escaping @Sendable (VersionRecord) async -> Void) {
        listeners.add(listener)
    }

    /// Moves on every publish and yank in this process. Caches of things derived from versions
    /// (here and in the HTTP layer) keep the value they read with it and drop what was read
    /// before a change.
    public var generation: UInt64 { generationLock.withLock { changes } }

    private func changed() {
        generationLock.withLock { changes &+= 1 }
        versionCache.removeAll()
        moduleCache.removeAll()
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
        guard let secret = Self.secret(header) else {
            throw RegistryError.unauthorized("malformed Authorization header: use Bearer TOKEN")
        }
        let hash = SHA256Hex.of(secret)
        if let cached = tokenCache.get(hash, generation: 0) { return cached }
        guard let token = try await store.token(secretHash: hash) else {
            throw RegistryError.unauthorized("unknown token")
        }
        tokenCache.put(hash, token, generation: 0)
        return token
    }

    /// The token in an `Authorization` header: `Bearer TOKEN`, or `Basic` with the token as the
    /// password (pip sends the credentials of an index URL `https://__token__:TOKEN@host/...` so).
    static func secret(_ header: String) -> String? {
        if header.hasPrefix("Bearer "), header.count > 7 { return String(header.dropFirst(7)) }
        if header.hasPrefix("Basic "), let decoded = Data(base64Encoded: String(header.dropFirst(6))),
           let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":") {
            return String(pair[pair.index(after: colon)...])
        }
        return nil
    }

    /// Whether `authenticate` and `authorizeRead` would let a read with this header through,
    /// decided from memory alone; false also when that needs the store (an uncached token).
    public func canReadFromCache(_ header: String?) -> Bool {
        guard let header, !header.isEmpty else { return publicRead }
        guard let secret = Self.secret(header), let token = tokenCache.get(SHA256Hex.of(secret), generation: 0) else { return false }
        return (try? authorizeRead(token)) != nil
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
                // Say which version the change needs, as a refusal by the policy would.
                var next: SemVer?
                if let previous = try? await schema(of: same), let current = try? bundle.schema() {
                    next = try? policy.replacement(for: .init(version: same.version, schema: previous), bundle: bundle,
                                                   schema: current, published: existing.map(\.version))
                }
                throw PublishRefusal(status: 409, message: "\(module)@\(version) is published already with other content "
                                     + "(versions are immutable): publish "
                                     + (next.map { "it as \($0) or higher, as its changes require" } ?? "a new version"),
                                     acceptableVersion: next)
            }
            var published: [PublishPolicy.Published] = []
            for record in existing {
                published.append(.init(version: record.version, schema: try await schema(of: record)))
            }
            let schema = try bundle.schema()
            try policy.check(bundle: bundle, module: module, version: version, published: published, schema: schema)
            var others: [(ModuleName, [ArtifactRecord])] = []
            for other in try await store.modules() where other != module {
                others.append((other, try await cachedVersions(other).flatMap(\.artifacts)))
            }
            try PackageNameClaims.check(bundle: bundle, module: module, others: others)
            try await SourceCompilation(frontEnd: compiler()).check(bundle) { name, range in
                let record = try await self.resolve(name, range)
                guard let data = try await self.blobs.get(record.digest) else {
                    throw RegistryError(500, "the bundle of \(name)@\(record.version) is missing from the blob store")
                }
                let dep = try BundleReader(data, name: "\(name)@\(record.version)")
                return (dep.sources, dep.manifest.deps)
            }
            if dryRun { return .wouldBeAccepted }

            var artifacts = [ArtifactRecord(kind: "bundle", fileName: BundleFileName.of(module, version),
                                            digest: try await blobs.put(data), size: data.count)]
            for (path, bytes) in bundle.artifacts.sorted(by: { $0.key < $1.key }) {
                artifacts.append(ArtifactRecord(kind: ArtifactRecord.kind(ofArtifactPath: path),
                                                fileName: (path as NSString).lastPathComponent,
                                                digest: try await blobs.put(bytes), size: bytes.count,
                                                packageName: bundle.manifest.packages?[path]))
            }
            let record = VersionRecord(module: module, version: version, digest: digest, publishedAt: Date(), artifacts: artifacts)
            let below = published.filter { $0.version < version }.max { $0.version < $1.version }
            let changelog = releaseChangelog(module: module, version: version, bundle: bundle, schema: schema, below: below)
            let outcome = try await store.insertVersion(record)
            changed()
            switch outcome {
            case .inserted:
                schemas.put(digest, schema)
                contents.put(digest, ReleaseContent(manifest: bundle.manifest, schema: schema, sources: bundle.sources))
                if let changelog { try? await store.putChangelog(module, changelog) }
                await listeners.notify(record)
                return .created(record)
            case .identical: return .unchanged(record)
            case .conflict:
                throw PublishRefusal(status: 409, message: "\(module)@\(version) was just published with other content")
            }
        }
    }

    /// The front end that checks published sources compile: the native compiler, in process, so
    /// a registry needs no protoc installed and checks every publish the same way.
    func compiler() -> CompilerFrontEnd { NativeFrontEnd() }

    func schema(of record: VersionRecord) async throws -> Schema {
        if let cached = schemas.get(record.digest) { return cached }
        guard let data = try await blobs.get(record.digest) else {
            throw RegistryError(500, "the bundle of \(record.module)@\(record.version) is missing from the blob store")
        }
        let schema = try BundleReader(data, name: "\(record.module)@\(record.version)").schema()
        schemas.put(record.digest, schema)
        return schema
    }

    // MARK: health

    /// Throws unless the metadata database and the blob store both answer within `timeout`
    /// seconds (for `/healthz`).
    public func checkHealth(timeout: Double = 3) async throws {
        let store = self.store, blobs = self.blobs
        try await Deadline.run(seconds: timeout, what: "the database") {
            try await store.ping()
            try await blobs.ping()
        }
    }

    // MARK: reading

    /// A module's versions, oldest first (cached for `cacheTTL`).
    public func versions(_ module: ModuleName) async throws -> [VersionRecord] {
        let all = try await cachedVersions(module)
        guard !all.isEmpty else { throw RegistryError.notFound("no module \(module)") }
        return all
    }

    public func version(_ module: ModuleName, _ version: SemVer) async throws -> VersionRecord {
        if let record = try await cachedVersions(module).first(where: { $0.version == version }) { return record }
        // Not among the cached versions: perhaps just published by another replica.
        guard let record = try await store.version(module, version) else {
            throw RegistryError.notFound("no version \(module)@\(version)")
        }
        return record
    }

    /// Every module with at least one version, sorted (cached for `cacheTTL`).
    public func modules() async throws -> [ModuleName] {
        let generation = self.generation
        if let cached = moduleCache.get(0, generation: generation) { return cached }
        let modules = try await store.modules()
        moduleCache.put(0, modules, generation: generation)
        return modules
    }

    private func cachedVersions(_ module: ModuleName) async throws -> [VersionRecord] {
        let generation = self.generation
        if let cached = versionCache.get(module, generation: generation) { return cached }
        let all = try await store.versions(of: module).sorted { $0.version < $1.version }
        versionCache.put(module, all, generation: generation)
        return all
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
        let found = try await store.setYanked(module, version, yanked: yanked)
        changed()
        guard found else { throw RegistryError.notFound("no version \(module)@\(version)") }
    }
}
