import ProtopkgBasics

/// The name of a module, `owner/name`, as it appears in manifests, lockfiles, bundles and registry URLs.
///
/// Both parts are lowercase ASCII letters, digits and inner hyphens, at most 64 characters each, so a
/// name can be used unchanged in file names, URL paths, Python distribution names and Go module paths.
public struct ModuleName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let owner: String
    public let name: String

    /// The longest owner or name part accepted.
    public static let maxPartLength = 64

    public init(_ text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw ProtopkgError(
                "invalid module name \"\(text)\": expected owner/name with exactly one slash",
                hint: Self.hint)
        }
        try Self.checkPart(String(parts[0]), role: "owner", in: text)
        try Self.checkPart(String(parts[1]), role: "name", in: text)
        owner = String(parts[0])
        name = String(parts[1])
    }

    /// `owner/name`.
    public var description: String { "\(owner)/\(name)" }

    /// `owner-name`: the stem of the files under `dist/`. Not unique (`a/b-c` and `a-b/c` share it),
    /// which is acceptable for file names; anything that identifies a module keys on `description`.
    public var fileStem: String { "\(owner)-\(name)" }

    /// `owner-name-protos`: the distribution name of the Python wheel.
    public var pythonDistribution: String { "\(fileStem)-protos" }

    /// `@owner/name-protos`: the npm package of the module's Node code.
    public var npmPackage: String { "@\(owner)/\(name)-protos" }

    /// The module whose npm package is `@owner/name-protos`; nil for any other npm name.
    public static func owning(npmPackage: String) -> ModuleName? {
        guard npmPackage.hasPrefix("@"), npmPackage.hasSuffix("-protos") else { return nil }
        return try? ModuleName(String(npmPackage.dropFirst().dropLast("-protos".count)))
    }

    public static func < (lhs: ModuleName, rhs: ModuleName) -> Bool {
        (lhs.owner, lhs.name) < (rhs.owner, rhs.name)
    }

    static let hint = "a module name is owner/name in lowercase letters, digits and hyphens, e.g. acme/user"

    private static func checkPart(_ part: String, role: String, in text: String) throws {
        func fail(_ reason: String) -> ProtopkgError {
            ProtopkgError("invalid module name \"\(text)\": the \(role) \(reason)", hint: hint)
        }
        guard !part.isEmpty else { throw fail("is empty") }
        guard part.count <= maxPartLength else {
            throw fail("is \(part.count) characters long; at most \(maxPartLength) are allowed")
        }
        for scalar in part.unicodeScalars where !isAllowed(scalar) {
            if ("A"..."Z").contains(scalar) {
                throw fail("\"\(part)\" has uppercase letters; use lowercase")
            }
            throw fail("\"\(part)\" has the character \"\(scalar)\"; only a-z, 0-9 and - are allowed")
        }
        if part.hasPrefix("-") || part.hasSuffix("-") {
            throw fail("\"\(part)\" starts or ends with a hyphen")
        }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}

extension ModuleName: Codable {
    /// Encoded as the single string `owner/name`, validated again when decoded.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch let error as ProtopkgError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
