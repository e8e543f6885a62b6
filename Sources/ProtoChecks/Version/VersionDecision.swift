import ProtoPackaging
import ProtopkgBasics

/// The version a change requires (DESIGN §3): a breaking finding requires a major bump, an
/// addition to the API surface a minor one, any other difference a patch; below 1.0.0 the
/// minor number plays the major's role (SemVer.bumped does that shift).
public struct VersionDecision: Sendable {
    public var previous: SemVer?
    public var bump: VersionBump
    public var next: SemVer
    public var breaking: [Finding]
    public var additions: [Finding]

    public init(previous: SemVer?, breaking: [Finding], additions: [Finding], anyDifference: Bool,
                initial: SemVer = SemVer(major: 0, minor: 1, patch: 0)) {
        self.previous = previous
        self.breaking = breaking
        self.additions = additions
        if !breaking.isEmpty {
            bump = .major
        } else if !additions.isEmpty {
            bump = .minor
        } else {
            bump = anyDifference ? .patch : .none
        }
        guard let previous else {
            next = initial
            return
        }
        next = bump == .none ? previous : previous.bumped(bump)
    }

    /// True when `declared` is at least what the change requires.
    public func accepts(_ declared: SemVer) -> Bool { !(declared < next) }

    /// One line per reason, most severe first.
    public var reasons: [String] {
        breaking.map { "breaking: \($0.location): \($0.message) (\($0.type))" }
            + additions.map { "addition: \($0.location): \($0.message)" }
    }
}
