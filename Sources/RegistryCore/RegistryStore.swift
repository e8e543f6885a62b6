import Foundation
import ProtoPackaging

/// The registry's metadata: versions, tokens, releases' changelogs and page sessions. One implementation per database; every
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

    /// Stores (or replaces) a release's changelog.
    func putChangelog(_ module: ModuleName, _ changelog: StoredChangelog) async throws
    /// The stored changelogs of a module's releases; a version published before changelogs were
    /// stored has none.
    func changelogs(of module: ModuleName) async throws -> [StoredChangelog]

    func insertSession(_ session: SessionRecord) async throws
    func session(secretHash: String) async throws -> SessionRecord?
    func deleteSession(secretHash: String) async throws
    /// Deletes the sessions that expired before `date`.
    func deleteSessions(expiredBefore date: Date) async throws

    func shutdown() async throws
}
