import ProtoPackaging
import ProtopkgBasics

/// The version a change requires (DESIGN §3): a breaking finding requires a major bump, an
/// addition to the API surface a minor one, any other difference a patch; below 1.0.0 the
/// minor number plays the major's role (SemVer.bumped does that shift).
///
/// `impact` is the kind of change; `bump` is the part of the version number that moves, so the
/// two differ below 1.0.0 (a breaking change to 0.3.1 has impact `breaking` and bump `minor`).
public struct VersionDecision: Sendable {
    public var previous: SemVer?
    public var impact: VersionImpact
    /// The part of the version number that moves from `previous` to `next`. Without a previous
    /// version, the bump a version of 1.0.0 or above would take.
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
            impact = .breaking
        } else if !additions.isEmpty {
            impact = .additive
        } else {
            impact = anyDifference ? .compatible : .none
        }
        guard let previous else {
            bump = impact.bumpFromStable
            next = initial
            return
        }
        next = impact == .none ? previous : previous.bumped(impact.bumpFromStable)
        bump = Self.movedPart(from: previous, to: next, asked: impact.bumpFromStable)
    }

    /// Which number changed; a pre-release that becomes its release (`2.0.0-rc.1` → `2.0.0`)
    /// moves no number, and counts as the bump the change asked for.
    static func movedPart(from previous: SemVer, to next: SemVer, asked: VersionBump) -> VersionBump {
        if next.major != previous.major { return .major }
        if next.minor != previous.minor { return .minor }
        if next.patch != previous.patch { return .patch }
        guard previous.isPrerelease, asked != .none else { return .none }
        return previous.major == 0 && asked == .major ? .minor : (previous.major == 0 && asked == .minor ? .patch : asked)
    }

    /// True when `declared` is at least what the change requires.
    public func accepts(_ declared: SemVer) -> Bool { !(declared < next) }

    /// One line per reason, most severe first.
    public var reasons: [String] {
        breaking.map { "breaking: \($0.location): \($0.message) (\($0.type))" }
            + additions.map { "addition: \($0.location): \($0.message)" }
    }
}
