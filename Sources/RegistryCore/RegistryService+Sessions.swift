import Foundation
import ProtoPackaging
import ProtopkgBasics

/// Page sessions: a login form trades a token for a session whose secret travels in a cookie.
/// Like tokens, only the secret's SHA-256 is stored; a session ends at logout or when it expires.
extension RegistryService {
    /// Opens a session for a token that may read; returns the secret for the cookie.
    public func createSession(token: TokenRecord, lifetime: TimeInterval, now: Date = Date()) async throws -> String {
        try authorizeRead(token)
        let secret = Self.randomSecret(prefix: "pps_")
        try await store.deleteSessions(expiredBefore: now)
        try await store.insertSession(SessionRecord(secretHash: SHA256Hex.of(secret), tokenHash: token.secretHash,
                                                    createdAt: now, expiresAt: now.addingTimeInterval(lifetime)))
        return secret
    }

    /// The token behind a session's secret; nil for an unknown or expired session.
    public func sessionToken(_ secret: String, now: Date = Date()) async throws -> TokenRecord? {
        let hash = SHA256Hex.of(secret)
        var session = sessionCache.get(hash, generation: 0)
        if session == nil {
            session = try await store.session(secretHash: hash)
            if let session { sessionCache.put(hash, session, generation: 0) }
        }
        guard let session, session.expiresAt > now else { return nil }
        var token = tokenCache.get(session.tokenHash, generation: 0)
        if token == nil {
            token = try await store.token(secretHash: session.tokenHash)
            if let token { tokenCache.put(session.tokenHash, token, generation: 0) }
        }
        guard let token, (try? authorizeRead(token)) != nil else { return nil }
        return token
    }

    public func endSession(_ secret: String) async throws {
        let hash = SHA256Hex.of(secret)
        sessionCache.removeAll()
        try await store.deleteSession(secretHash: hash)
    }

    /// 32 random bytes, URL-safe base64 without padding, after a prefix that says what it is.
    static func randomSecret(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return prefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

extension RegistryService {
    /// Whether pages shown with this token (nil: none) may show this module. Every scope reads
    /// every module today (`TokenScope.allowsRead`); the pages ask per module, so they list only
    /// what a token may read when scopes narrow that.
    public func mayRead(_ token: TokenRecord?, _ module: ModuleName) -> Bool {
        if publicRead { return true }
        guard let token, (try? authorizeRead(token)) != nil else { return false }
        return token.scopes.contains { $0.allowsRead() }
    }
}
