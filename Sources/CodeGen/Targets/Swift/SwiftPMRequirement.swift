import ProtoPackaging
import ProtopkgBasics

/// A dependency range as a SwiftPM version requirement, the text after the identity in
/// `.package(id: "acme.common-protos", "1.2.0"..<"2.0.0")`. SwiftPM takes one half-open range
/// or one exact version, so a union (`||`) is refused; a range without an upper bound gets
/// the largest major version SwiftPM can represent.
public enum SwiftPMRequirement {
    /// Above any real major version, below `Int32.max` so that every platform's `Int` holds it.
    static let unbounded = SemVer(major: 1_000_000_000, minor: 0, patch: 0)

    public static func of(_ range: VersionRange) throws -> String {
        guard range.comparatorSets.count == 1 else {
            throw ProtopkgError(
                "version range \"\(range)\" cannot be written as a SwiftPM requirement: it is a union (||) of "
                    + "\(range.comparatorSets.count) alternatives and SwiftPM takes one range",
                hint: "give a dependency used from Swift one contiguous range, e.g. ^1.2 or >=1.2 <3")
        }
        let comparators = range.comparatorSets[0]
        guard let lower = range.lowestAdmitted else {
            throw ProtopkgError("version range \"\(range)\" admits no release, so it has no SwiftPM requirement",
                                hint: "write a range like ^1.2")
        }
        if let exact = comparators.first(where: { $0.op == .equal }) {
            return "exact: \(quoted(exact.version))"
        }
        var upper = unbounded
        for comparator in comparators {
            let bound: SemVer
            switch comparator.op {
            case .less: bound = comparator.version
            // `<=1.4.2` admits 1.4.2 and nothing above it: SwiftPM's open end is the next patch.
            case .lessOrEqual: bound = SemVer(major: comparator.version.major, minor: comparator.version.minor,
                                              patch: comparator.version.patch + 1)
            default: continue
            }
            if bound < upper { upper = bound }
        }
        if upper == SemVer(major: lower.major + 1, minor: 0, patch: 0) && lower.major > 0 {
            return "from: \(quoted(lower))"
        }
        return "\(quoted(lower))..<\(quoted(upper))"
    }

    static func quoted(_ version: SemVer) -> String {
        var v = version
        v.build = []
        return "\"\(v)\""
    }
}
