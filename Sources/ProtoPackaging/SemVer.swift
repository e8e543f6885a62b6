import ProtopkgBasics

/// A Semantic Versioning 2.0.0 version (https://semver.org), the only kind of version protopkg
/// publishes (DESIGN §3).
///
/// Equality and ordering deliberately differ, as they do in SemVer itself:
/// - `==` and `hashValue` look at every field, build metadata included, so `1.0.0+a` and `1.0.0+b`
///   stay two distinct values (a registry must not confuse them).
/// - `<` is SemVer precedence, which ignores build metadata. Two versions that differ only in
///   build metadata are therefore neither `<`, nor `>`, nor `==` each other. Precedence
///   equality is still transitive, so `<` is a strict weak ordering and `sort()` / `max()` work;
///   use `hasSamePrecedence(as:)` to ask for it explicitly.
public struct SemVer: Comparable, Hashable, Sendable, CustomStringConvertible, Codable {
    public var major: Int
    public var minor: Int
    public var patch: Int
    /// Dot-separated pre-release identifiers, e.g. `["rc", "1"]` for `-rc.1`.
    public var prerelease: [String]
    /// Dot-separated build metadata identifiers, e.g. `["sha", "5114f85"]` for `+sha.5114f85`.
    public var build: [String]

    /// Builds a version from its parts. The parts are trusted: numbers must not be negative and
    /// identifiers should follow SemVer; use `init(_:)` for text from users.
    public init(major: Int = 0, minor: Int = 0, patch: Int = 0, prerelease: [String] = [], build: [String] = []) {
        precondition(major >= 0 && minor >= 0 && patch >= 0, "SemVer numbers must not be negative")
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    /// Parses strict SemVer 2.0 text, with one allowance: a leading `v` (as in git tags `v1.2.3`).
    public init(_ text: String) throws {
        do {
            self = try SemVer.parse(Substring(text))
        } catch let reason as ProtopkgError {
            throw ProtopkgError("invalid version \"\(text)\": \(reason.message)", hint: SemVer.syntaxHint)
        }
    }

    static let syntaxHint = "use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1"

    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease.joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// The same MAJOR.MINOR.PATCH without pre-release and build metadata.
    public var release: SemVer { SemVer(major: major, minor: minor, patch: patch) }

    /// True when neither version has precedence over the other (they may differ in build metadata).
    public func hasSamePrecedence(as other: SemVer) -> Bool {
        precedence(comparedTo: other) == 0
    }

    /// The lowest release version that is higher than this one and makes the given kind of change.
    ///
    /// Pre-release and build metadata are always dropped. As in npm's `semver.inc`, a pre-release
    /// is released by the smallest bump that reaches it: `2.0.0-rc.1` bumped `.major` is `2.0.0`,
    /// `1.3.0-beta` bumped `.minor` is `1.3.0`, `1.2.4-rc.1` bumped `.patch` is `1.2.4`, because
    /// the pre-release was never a promise to anyone. `.none` gives the release of this version.
    ///
    /// Below 1.0.0 the minor number plays the role of the major (DESIGN §3, and what Cargo and
    /// npm's `^` assume): a breaking (`.major`) change increments the minor, an addition
    /// (`.minor`) increments the patch, and a `.patch` change increments the patch. In 0.0.x
    /// this means an addition gives 0.0.(x+1), which `^0.0.x` does not admit: such versions
    /// promise nothing anyway.
    public func bumped(_ bump: VersionBump) -> SemVer {
        let effective: VersionBump
        if major == 0 {
            switch bump {
            case .major: effective = .minor
            case .minor: effective = .patch
            case .patch, .none: effective = bump
            }
        } else {
            effective = bump
        }
        switch effective {
        case .none:
            return release
        case .patch:
            return SemVer(major: major, minor: minor, patch: isPrerelease ? patch : patch + 1)
        case .minor:
            if isPrerelease && patch == 0 { return release }
            return SemVer(major: major, minor: minor + 1, patch: 0)
        case .major:
            if isPrerelease && minor == 0 && patch == 0 { return release }
            return SemVer(major: major + 1, minor: 0, patch: 0)
        }
    }

    // MARK: Precedence

    public static func < (lhs: SemVer, rhs: SemVer) -> Bool {
        lhs.precedence(comparedTo: rhs) < 0
    }

    /// -1, 0 or 1 by SemVer precedence (§11 of the spec); build metadata plays no part.
    func precedence(comparedTo other: SemVer) -> Int {
        if major != other.major { return major < other.major ? -1 : 1 }
        if minor != other.minor { return minor < other.minor ? -1 : 1 }
        if patch != other.patch { return patch < other.patch ? -1 : 1 }
        // A release has higher precedence than any of its pre-releases.
        switch (prerelease.isEmpty, other.prerelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): break
        }
        for (a, b) in zip(prerelease, other.prerelease) {
            let order = SemVer.compareIdentifiers(a, b)
            if order != 0 { return order }
        }
        if prerelease.count == other.prerelease.count { return 0 }
        return prerelease.count < other.prerelease.count ? -1 : 1
    }

    /// Numeric identifiers compare numerically and below alphanumeric ones, which compare in
    /// ASCII order. Numbers are compared as digit strings (length first) because the spec puts
    /// no bound on them and they carry no leading zeros.
    private static func compareIdentifiers(_ a: String, _ b: String) -> Int {
        switch (isNumeric(a), isNumeric(b)) {
        case (true, true):
            if a.utf8.count != b.utf8.count { return a.utf8.count < b.utf8.count ? -1 : 1 }
            return asciiCompare(a, b)
        case (true, false): return -1
        case (false, true): return 1
        case (false, false): return asciiCompare(a, b)
        }
    }

    private static func asciiCompare(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    // MARK: Parsing

    /// Parses `[v]MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]`, throwing a `ProtopkgError` whose message
    /// is only the reason, for callers to put in context.
    static func parse(_ text: Substring) throws -> SemVer {
        var rest = text
        if rest.first == "v" { rest = rest.dropFirst() }
        if rest.isEmpty { throw ProtopkgError(text.isEmpty ? "it is empty" : "no number after \"v\"") }

        var build: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            build = try identifiers(rest[rest.index(after: plus)...], kind: "build metadata", numericLeadingZeroAllowed: true)
            rest = rest[..<plus]
        }
        var prerelease: [String] = []
        // The core has no "-", so the first one starts the pre-release (which may contain more).
        if let dash = rest.firstIndex(of: "-") {
            prerelease = try identifiers(rest[rest.index(after: dash)...], kind: "pre-release", numericLeadingZeroAllowed: false)
            rest = rest[..<dash]
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw ProtopkgError("expected three numbers MAJOR.MINOR.PATCH, found \(parts.count) in \"\(rest)\"")
        }
        return SemVer(
            major: try number(parts[0], name: "major"),
            minor: try number(parts[1], name: "minor"),
            patch: try number(parts[2], name: "patch"),
            prerelease: prerelease,
            build: build)
    }

    /// A numeric version part: ASCII digits, no leading zero, fits in an Int.
    static func number(_ text: Substring, name: String) throws -> Int {
        if text.isEmpty { throw ProtopkgError("the \(name) number is missing") }
        guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw ProtopkgError("\(name) \"\(text)\" is not a number")
        }
        if text.count > 1 && text.first == "0" {
            throw ProtopkgError("\(name) \"\(text)\" has a leading zero")
        }
        guard let value = Int(text) else { throw ProtopkgError("\(name) \"\(text)\" is too large") }
        return value
    }

    private static func identifiers(_ text: Substring, kind: String, numericLeadingZeroAllowed: Bool) throws -> [String] {
        if text.isEmpty { throw ProtopkgError("the \(kind) is empty") }
        return try text.split(separator: ".", omittingEmptySubsequences: false).map { identifier in
            if identifier.isEmpty { throw ProtopkgError("the \(kind) \"\(text)\" has an empty identifier") }
            if let bad = identifier.unicodeScalars.first(where: { !isIdentifierScalar($0) }) {
                throw ProtopkgError("the \(kind) identifier \"\(identifier)\" contains \"\(bad)\" (allowed: 0-9, A-Z, a-z, -)")
            }
            if !numericLeadingZeroAllowed && identifier.count > 1 && identifier.first == "0" && isNumeric(identifier) {
                throw ProtopkgError("the numeric \(kind) identifier \"\(identifier)\" has a leading zero")
            }
            return String(identifier)
        }
    }

    private static func isIdentifierScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "0"..."9", "a"..."z", "A"..."Z", "-": return true
        default: return false
        }
    }

    static func isNumeric<S: StringProtocol>(_ identifier: S) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    // MARK: Codable (a single string)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try SemVer(text)
        } catch let error as ProtopkgError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
