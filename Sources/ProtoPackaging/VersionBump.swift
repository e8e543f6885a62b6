/// The kind of change between two releases, and so the part of the version it must increment
/// (DESIGN §3): `.major` for a breaking change, `.minor` for an addition to the API surface,
/// `.patch` for anything else, `.none` when nothing changed.
///
/// Ordered by severity, `none < patch < minor < major`, so the bump a whole diff requires is the
/// `max()` of the bumps its changes require.
public enum VersionBump: String, Codable, Comparable, Sendable {
    case none, patch, minor, major

    private var severity: Int {
        switch self {
        case .none: return 0
        case .patch: return 1
        case .minor: return 2
        case .major: return 3
        }
    }

    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool {
        lhs.severity < rhs.severity
    }
}
