import ProtoPackaging

/// The semantic changelog between two versions of a module: its breaking changes (rule ID and
/// place on both sides), additions and other changes, the bump they require, and whether the
/// two versions' numbers honour it. One model for `protopkg changelog` and the registry's pages;
/// the registry stores each release's changelog (as JSON) against the version below it.
public struct Changelog: Codable, Equatable, Sendable {
    /// One side of the comparison.
    public struct Release: Codable, Equatable, Sendable {
        /// How to name it to a person (`1.1.0`, `git:v1.0.0`, `dist/acme-x-1.0.0.protopkg.tgz`).
        public var label: String
        public var version: SemVer?

        public init(label: String, version: SemVer?) {
            self.label = label
            self.version = version
        }
    }

    public var module: String
    /// nil for a first release, which has nothing to compare with.
    public var previous: Release?
    public var current: Release
    /// The bump the differences require (DESIGN §3).
    public var required: VersionBump
    public var breaking: [ChangelogEntry]
    public var additions: [ChangelogEntry]
    public var changes: [ChangelogEntry]

    public init(module: String, previous: Release?, current: Release, required: VersionBump,
                breaking: [ChangelogEntry] = [], additions: [ChangelogEntry] = [], changes: [ChangelogEntry] = []) {
        self.module = module
        self.previous = previous
        self.current = current
        self.required = required
        self.breaking = breaking
        self.additions = additions
        self.changes = changes
    }

    /// The first release of a module: nothing to compare with.
    public static func initial(module: String, current: Release) -> Changelog {
        Changelog(module: module, previous: nil, current: current, required: .none)
    }

    public var isInitial: Bool { previous == nil }
    public var entries: [ChangelogEntry] { breaking + additions + changes }

    /// The lowest version that honours the required bump, when the previous version is known.
    public var lowestHonouring: SemVer? {
        guard let from = previous?.version else { return nil }
        return required == .none ? from : from.bumped(required)
    }

    /// The bump the two version numbers make: the largest kind of change they leave room for
    /// (`1.2.0` → `2.0.0` is major, `0.3.1` → `0.4.0` is major as below 1.0.0 the minor number
    /// plays the major's role); nil when a version is unknown or the current one is not newer.
    public var made: VersionBump? {
        guard let from = previous?.version, let to = current.version, from < to else { return nil }
        for bump in [VersionBump.major, .minor, .patch] where !(to < from.bumped(bump)) { return bump }
        return VersionBump.none
    }

    /// Whether the current version is at least what the differences require (nil when either
    /// version is unknown or the current one is not newer than the previous).
    public var honoured: Bool? {
        guard let lowest = lowestHonouring, let to = current.version, let from = previous?.version, from < to else { return nil }
        return !(to < lowest)
    }

    /// Paths as a person should read them (`proto/acme/v1/a.proto` for `acme/v1/a.proto`).
    public func mappingPaths(_ display: (String) -> String) -> Changelog {
        var copy = self
        func map(_ entries: [ChangelogEntry]) -> [ChangelogEntry] {
            entries.map { e in
                var e = e
                if let path = e.previous?.path { e.previous?.path = display(path) }
                if let path = e.current?.path { e.current?.path = display(path) }
                return e
            }
        }
        copy.breaking = map(breaking)
        copy.additions = map(additions)
        copy.changes = map(changes)
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case module, previous, current, required, breaking, additions, changes
        case lowestHonouring = "lowest_honouring", made, honoured
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(module: try c.decode(String.self, forKey: .module),
                  previous: try c.decodeIfPresent(Release.self, forKey: .previous),
                  current: try c.decode(Release.self, forKey: .current),
                  required: try c.decode(VersionBump.self, forKey: .required),
                  breaking: try c.decodeIfPresent([ChangelogEntry].self, forKey: .breaking) ?? [],
                  additions: try c.decodeIfPresent([ChangelogEntry].self, forKey: .additions) ?? [],
                  changes: try c.decodeIfPresent([ChangelogEntry].self, forKey: .changes) ?? [])
    }

    /// The derived verdicts are written too, so a script reads them without recomputing.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(module, forKey: .module)
        try c.encodeIfPresent(previous, forKey: .previous)
        try c.encode(current, forKey: .current)
        try c.encode(required, forKey: .required)
        try c.encodeIfPresent(lowestHonouring, forKey: .lowestHonouring)
        try c.encodeIfPresent(made, forKey: .made)
        try c.encodeIfPresent(honoured, forKey: .honoured)
        try c.encode(breaking, forKey: .breaking)
        try c.encode(additions, forKey: .additions)
        try c.encode(changes, forKey: .changes)
    }
}
