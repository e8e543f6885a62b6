import Foundation

/// A signed-in browser: the page session a login form opened with a token. Like tokens, only
/// the SHA-256 of the session's secret (the cookie's value) is stored.
public struct SessionRecord: Sendable, Equatable {
    public var secretHash: String
    /// The SHA-256 of the token that signed in: the session reads what that token may read.
    public var tokenHash: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(secretHash: String, tokenHash: String, createdAt: Date, expiresAt: Date) {
        self.secretHash = secretHash
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
