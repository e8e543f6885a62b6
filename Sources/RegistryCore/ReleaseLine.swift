import ProtoPackaging

/// The versions that must stay compatible with each other: one major (for 0.x, one minor,
/// since below 1.0.0 the minor plays the major's role).
public struct ReleaseLine: Hashable, Sendable {
    public let major: Int
    public let minor: Int?

    public init(_ v: SemVer) {
        major = v.major
        minor = v.major == 0 ? v.minor : nil
    }
}
