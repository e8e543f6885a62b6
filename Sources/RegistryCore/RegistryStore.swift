import ProtoPackaging

/// The registry's metadata: versions and tokens. One implementation per database; every
/// implementation passes the same contract tests.
public protocol RegistryStore: Sendable {
    /// Creates the tables when they are missing.
    func migrate() async throws

    /// Stores a new version atomically; see `InsertOutcome`.
    func insertVersion(_ record: VersionRecord) async throws -> InsertOutcome
    func versions(of module: ModuleName) async throws -> [VersionRecord]
    func version(_ module: ModuleName, _ version: SemVer) async throws -> VersionRecord?
    /// Every module with at least one version, sorted.
    func modules() async throws -> [ModuleName]
    /// Returns false when the version does not exist.
    func setYanked(_ module: ModuleName, _ version: SemVer, yanked: Bool) async throws -> Bool

    func insertToken(_ token: TokenRecord) async throws
    func token(secretHash: String) async throws -> TokenRecord?
    /// Every token (hashes and scopes), for backups.
    func tokens() async throws -> [TokenRecord]

    /// Inserts a backup's versions and tokens in one transaction: all of them or none. Refused
    /// (`RegistryError` 409) when the store holds any version or token already.
    func restore(versions: [VersionRecord], tokens: [TokenRecord]) async throws

    /// Checks that the database answers (for `/healthz`); throws what went wrong.
    func ping() async throws

    func shutdown() async throws
}
