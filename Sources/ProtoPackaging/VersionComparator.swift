/// One primitive comparison such as `>=1.2.0` or `<2.0.0`: what every range form (`^`, `~`,
/// wildcards, hyphen ranges) is rewritten into, as in npm's node-semver.
public struct VersionComparator: Hashable, Sendable, CustomStringConvertible {
    public enum Operator: String, Hashable, Sendable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case equal = "="
    }

    public var op: Operator
    public var version: SemVer

    public init(_ op: Operator, _ version: SemVer) {
        self.op = op
        self.version = version
    }

    /// `<0.0.0-0`: no version is below the lowest possible pre-release of 0.0.0, so this is how a
    /// range that admits nothing (`<*`, `>*`) is written down.
    static let nothing = VersionComparator(.less, SemVer(prerelease: ["0"]))

    /// Whether `candidate` passes this comparison by SemVer precedence (build metadata ignored).
    /// The npm pre-release rule is a property of a whole comparator set; see `VersionRange`.
    public func admits(_ candidate: SemVer) -> Bool {
        let order = candidate.precedence(comparedTo: version)
        switch op {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        case .equal: return order == 0
        }
    }

    public var description: String { op.rawValue + version.description }
}
