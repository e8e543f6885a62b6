import ProtopkgBasics

/// A range of versions as a dependency declares it (`acme/common: ^1.2`), with npm's node-semver
/// syntax and meaning, which Cargo's `^` and `~` share (DESIGN §3):
///
/// - `A || B` is a union; inside one alternative, comparators separated by whitespace or commas
///   (Cargo's `>=1.2, <2`) must all hold.
/// - `<`, `<=`, `>`, `>=`, `=` compare; a bare full version is an exact match (npm, not Cargo).
/// - `^1.2.3` allows changes that do not touch the left-most non-zero number; `~1.2.3` allows
///   patch changes (`~1` allows minor ones); `~>` is npm's alias of `~`, not Ruby's operator.
/// - `x`, `X`, `*` and missing numbers are wildcards (`1.2.x`, `1.2`, `1`, `*`, empty = any).
/// - `1.2.3 - 2.3` is inclusive on both sides, a partial upper end admitting all it covers.
///
/// A pre-release version is admitted only when some comparator of the same alternative names a
/// pre-release of the same MAJOR.MINOR.PATCH: opting into `2.0.0-rc.1` must not drag every
/// `^1.0` consumer onto unstable versions of other releases.
public struct VersionRange: Hashable, Sendable, CustomStringConvertible {
    /// The alternatives of the union, each a conjunction of comparators; an empty alternative
    /// admits every release.
    public let comparatorSets: [[VersionComparator]]
    private let text: String

    public init(_ text: String) throws {
        self.text = text
        do {
            comparatorSets = try VersionRange.parse(text)
        } catch let reason as ProtopkgError {
            throw ProtopkgError("invalid version range \"\(text)\": \(reason.message)", hint: VersionRange.syntaxHint)
        }
    }

    static let syntaxHint =
        "write a range like ^1.2, ~1.2.3, >=1.2 <2, 1.2.x, 1.2.3 - 2.0 or an exact 1.2.3; join alternatives with ||"

    /// The range as it was written.
    public var description: String { text }

    /// The primitive comparators the range means, e.g. `>=1.2.0 <2.0.0` for `^1.2`; for messages
    /// that explain a resolution.
    public var normalizedDescription: String {
        comparatorSets.map { set in
            set.isEmpty ? "*" : set.map(\.description).joined(separator: " ")
        }.joined(separator: " || ")
    }

    /// Two ranges are equal when they mean the same comparators, however they were spelled.
    public static func == (lhs: VersionRange, rhs: VersionRange) -> Bool {
        lhs.comparatorSets == rhs.comparatorSets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(comparatorSets)
    }

    // MARK: Queries

    public func contains(_ version: SemVer) -> Bool {
        comparatorSets.contains { VersionRange.alternative($0, admits: version) }
    }

    /// The newest candidate in the range; among candidates of equal precedence, the first.
    public func best(of candidates: [SemVer]) -> SemVer? {
        var best: SemVer?
        for candidate in candidates where contains(candidate) {
            if let current = best, !(current < candidate) { continue }
            best = candidate
        }
        return best
    }

    /// The lowest release (not pre-release) version the range admits, whether or not it exists:
    /// what Go's minimal version selection starts from. Nil when the range admits no release.
    public var lowestAdmitted: SemVer? {
        comparatorSets.compactMap(VersionRange.lowestRelease(admittedBy:)).min()
    }

    /// The range as a PEP 440 specifier set for `Requires-Dist`: `^1.2` gives `>=1.2.0,<2.0.0`,
    /// `1.2.3` gives `==1.2.3`, `*` gives "". Build metadata is left out, as it plays no part in
    /// npm ranges and PEP 440 allows local labels only with `==`.
    public func pep440Specifier() throws -> String {
        guard comparatorSets.count == 1 else {
            throw ProtopkgError(
                "version range \"\(text)\" cannot be written as a PEP 440 specifier: it is a union (||) of "
                    + "\(comparatorSets.count) alternatives and PEP 440 has no union",
                hint: "give a dependency used from Python one contiguous range, e.g. >=1.2 <3")
        }
        let set = comparatorSets[0]
        if set.contains(VersionComparator.nothing) {
            throw ProtopkgError(
                "version range \"\(text)\" admits no version, so it has no PEP 440 specifier",
                hint: VersionRange.syntaxHint)
        }
        return try set.map { comparator in
            var version = comparator.version
            version.build = []
            let op = comparator.op == .equal ? "==" : comparator.op.rawValue
            do {
                return op + (try version.pep440())
            } catch let error as ProtopkgError {
                throw ProtopkgError(
                    "version range \"\(text)\" cannot be written as a PEP 440 specifier: \(error.message)",
                    hint: error.hint)
            }
        }.joined(separator: ",")
    }

    static func alternative(_ comparators: [VersionComparator], admits version: SemVer) -> Bool {
        guard comparators.allSatisfy({ $0.admits(version) }) else { return false }
        if !version.isPrerelease { return true }
        return comparators.contains { comparator in
            let bound = comparator.version
            return bound.isPrerelease && bound.major == version.major && bound.minor == version.minor
                && bound.patch == version.patch
        }
    }

    /// Lower bounds only raise the floor, upper bounds only cap it: the lowest release above every
    /// lower bound either passes every comparator or no release does.
    private static func lowestRelease(admittedBy comparators: [VersionComparator]) -> SemVer? {
        var candidate = SemVer()
        for comparator in comparators {
            let bound = comparator.version
            let floor: SemVer
            switch comparator.op {
            case .greaterOrEqual, .equal:
                // The release of a pre-release is above it, so it is the lowest release >= it.
                floor = bound.release
            case .greater:
                floor = bound.isPrerelease
                    ? bound.release : SemVer(major: bound.major, minor: bound.minor, patch: bound.patch + 1)
            case .less, .lessOrEqual:
                continue
            }
            if candidate < floor { candidate = floor }
        }
        return comparators.allSatisfy { $0.admits(candidate) } ? candidate : nil
    }
}

// MARK: - Parsing

extension VersionRange {
    /// Operators written before a version, longest first so that `>=` is not read as `>`.
    private static let operators = ["~>", ">=", "<=", ">", "<", "=", "^", "~"]

    /// A version as written in a range: numbers may be missing or wildcards (nil), and only a
    /// full MAJOR.MINOR.PATCH may carry a pre-release or build metadata (`full`).
    private struct Partial {
        var major: Int?
        var minor: Int?
        var patch: Int?
        var full: SemVer?

        /// The lowest version the partial covers: `1.2` → `1.2.0`.
        var floor: SemVer { full ?? SemVer(major: major ?? 0, minor: minor ?? 0, patch: patch ?? 0) }

        /// The first version past what a partial with a missing part covers: `1` → `2.0.0`,
        /// `1.2` → `1.3.0`.
        func ceiling() throws -> SemVer {
            let major = self.major ?? 0
            guard let minor else { return SemVer(major: try increment(major)) }
            return SemVer(major: major, minor: try increment(minor))
        }
    }

    private static func increment(_ number: Int) throws -> Int {
        let (next, overflow) = number.addingReportingOverflow(1)
        if overflow { throw ProtopkgError("\(number) is too large") }
        return next
    }

    static func parse(_ text: String) throws -> [[VersionComparator]] {
        let alternatives = text.split(separator: "||", omittingEmptySubsequences: false)
        if alternatives.count == 1 { return [try parseAlternative(alternatives[0])] }
        return try alternatives.map { alternative in
            if alternative.allSatisfy(\.isWhitespace) {
                throw ProtopkgError("an alternative between || is empty")
            }
            return try parseAlternative(alternative)
        }
    }

    private static func parseAlternative(_ text: Substring) throws -> [VersionComparator] {
        var pieces = [text]
        if text.contains(",") {
            pieces = text.split(separator: ",", omittingEmptySubsequences: false)
            if pieces.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
                throw ProtopkgError("empty comparator between commas in \"\(trimmed(text))\"")
            }
        }
        var comparators: [VersionComparator] = []
        for piece in pieces {
            let tokens = try joinOperators(piece.split(whereSeparator: \.isWhitespace))
            var index = 0
            while index < tokens.count {
                if tokens[index] == "-" {
                    throw ProtopkgError("\"-\" needs a version on both sides (hyphen range A - B) in \"\(trimmed(piece))\"")
                }
                if index + 1 < tokens.count && tokens[index + 1] == "-" {
                    guard index + 2 < tokens.count else {
                        throw ProtopkgError("\"-\" needs a version on both sides (hyphen range A - B) in \"\(trimmed(piece))\"")
                    }
                    comparators += try hyphenRange(tokens[index], tokens[index + 2])
                    index += 3
                } else {
                    comparators += try comparatorsFor(tokens[index])
                    index += 1
                }
            }
        }
        return comparators
    }

    /// `>= 1.2` is `>=1.2`: npm and Cargo both allow a space after the operator.
    private static func joinOperators(_ words: [Substring]) throws -> [String] {
        var tokens: [String] = []
        var index = 0
        while index < words.count {
            let word = String(words[index])
            if operators.contains(word) {
                guard index + 1 < words.count else { throw ProtopkgError("\"\(word)\" has no version after it") }
                tokens.append(word + words[index + 1])
                index += 2
            } else {
                tokens.append(word)
                index += 1
            }
        }
        return tokens
    }

    private static func hyphenRange(_ lowerText: String, _ upperText: String) throws -> [VersionComparator] {
        let context = "\(lowerText) - \(upperText)"
        for end in [lowerText, upperText] where operators.contains(where: { end.hasPrefix($0) }) {
            throw ProtopkgError("a hyphen range takes plain versions, not \"\(end)\", in \"\(context)\"")
        }
        return try inContext(context) {
            let lower = try partial(Substring(lowerText))
            let upper = try partial(Substring(upperText))
            var comparators: [VersionComparator] = []
            if lower.major != nil { comparators.append(VersionComparator(.greaterOrEqual, lower.floor)) }
            if upper.major != nil {
                if let full = upper.full {
                    comparators.append(VersionComparator(.lessOrEqual, full))
                } else {
                    comparators.append(VersionComparator(.less, try upper.ceiling()))
                }
            }
            return comparators
        }
    }

    private static func comparatorsFor(_ token: String) throws -> [VersionComparator] {
        try inContext(token) {
            let op = operators.first(where: { token.hasPrefix($0) }) ?? ""
            let version = try partial(token.dropFirst(op.count))
            guard let major = version.major else {
                // A bare wildcard: any version, except that nothing is above or below all of them.
                return op == "<" || op == ">" ? [VersionComparator.nothing] : []
            }
            let floor = version.floor
            switch op {
            case "", "=":
                if let full = version.full { return [VersionComparator(.equal, full)] }
                return [VersionComparator(.greaterOrEqual, floor), VersionComparator(.less, try version.ceiling())]
            case ">=":
                return [VersionComparator(.greaterOrEqual, floor)]
            case ">":
                if let full = version.full { return [VersionComparator(.greater, full)] }
                return [VersionComparator(.greaterOrEqual, try version.ceiling())]
            case "<":
                return [VersionComparator(.less, floor)]
            case "<=":
                if let full = version.full { return [VersionComparator(.lessOrEqual, full)] }
                return [VersionComparator(.less, try version.ceiling())]
            case "~", "~>":
                let upper = version.minor == nil
                    ? SemVer(major: try increment(major))
                    : SemVer(major: major, minor: try increment(floor.minor))
                return [VersionComparator(.greaterOrEqual, floor), VersionComparator(.less, upper)]
            case "^":
                // The left-most non-zero number (of those written) may not change.
                let upper: SemVer
                if major > 0 || version.minor == nil {
                    upper = SemVer(major: try increment(major))
                } else if floor.minor > 0 || version.patch == nil {
                    upper = SemVer(major: 0, minor: try increment(floor.minor))
                } else {
                    upper = SemVer(major: 0, minor: 0, patch: try increment(floor.patch))
                }
                return [VersionComparator(.greaterOrEqual, floor), VersionComparator(.less, upper)]
            default:
                preconditionFailure("operator \(op) is listed but not handled")
            }
        }
    }

    private static func partial(_ token: Substring) throws -> Partial {
        var text = token
        if text.first == "v" { text = text.dropFirst() }
        if text.isEmpty { throw ProtopkgError("a version is missing") }
        let coreEnd = text.firstIndex(where: { $0 == "-" || $0 == "+" }) ?? text.endIndex
        let parts = text[..<coreEnd].split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 3 else {
            throw ProtopkgError("expected at most three numbers MAJOR.MINOR.PATCH, found \(parts.count)")
        }
        let names = ["major", "minor", "patch"]
        var numbers: [Int?] = []
        for (index, part) in parts.enumerated() {
            if part == "x" || part == "X" || part == "*" {
                numbers.append(nil)
                continue
            }
            if numbers.contains(nil) {
                throw ProtopkgError("the \(names[index]) number \"\(part)\" follows a wildcard")
            }
            numbers.append(try SemVer.number(part, name: names[index]))
        }
        if coreEnd != text.endIndex {
            guard numbers.count == 3, !numbers.contains(nil) else {
                throw ProtopkgError("a pre-release or build metadata needs a full MAJOR.MINOR.PATCH")
            }
            let full = try SemVer.parse(text)
            return Partial(major: full.major, minor: full.minor, patch: full.patch, full: full)
        }
        while numbers.count < 3 { numbers.append(nil) }
        if let major = numbers[0], let minor = numbers[1], let patch = numbers[2] {
            return Partial(major: major, minor: minor, patch: patch, full: SemVer(major: major, minor: minor, patch: patch))
        }
        return Partial(major: numbers[0], minor: numbers[1], patch: numbers[2], full: nil)
    }

    /// Prefixes an error with the part of the range it is about.
    private static func inContext<T>(_ part: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProtopkgError {
            throw ProtopkgError("in \"\(part)\": \(error.message)")
        }
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let start = text.firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
        let end = text.lastIndex(where: { !$0.isWhitespace }).map(text.index(after:)) ?? start
        return text[start..<end]
    }
}
