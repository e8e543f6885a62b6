import Foundation

/// A stored token: only the SHA-256 of its secret is kept.
public struct TokenRecord: Sendable, Equatable {
    public var id: String
    public var secretHash: String
    public var scopes: [TokenScope]
    public var createdAt: Date

    public init(id: String, secretHash: String, scopes: [TokenScope], createdAt: Date) {
        self.id = id
        self.secretHash = secretHash
        self.scopes = scopes
        self.createdAt = createdAt
    }
}
