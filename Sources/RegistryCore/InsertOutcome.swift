/// What storing a version did. The store decides atomically, so of concurrent publishes of one
/// version exactly one is `inserted`.
public enum InsertOutcome: Sendable, Equatable {
    case inserted
    /// The same version with the same digest exists already: a no-op.
    case identical
    /// The version exists with other content (its digest is given).
    case conflict(existingDigest: String)
}
