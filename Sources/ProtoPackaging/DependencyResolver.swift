import ProtopkgBasics

/// Chooses one version of every module that a manifest needs from a registry, directly or
/// through other modules (DESIGN §3): for each module the newest version that satisfies every
/// range asking for it, skipping yanked versions — except a preferred (locked) version, which is
/// kept as long as every range still admits it, yanked or not, so a sync never upgrades behind
/// the user's back.
///
/// The registry is reached only through the two injected functions, so resolution is testable
/// without HTTP. Resolution runs to a fixed point: choose versions for what is required, read
/// what the chosen versions require in turn, choose again, until nothing changes. It does not
/// backtrack: when the newest choices leave a module with no version that every asker accepts,
/// that is reported as a conflict naming who wants what.
public struct DependencyResolver {
    /// A published version of a module.
    public struct Release: Equatable, Sendable {
        public var version: SemVer
        public var yanked: Bool
        public init(version: SemVer, yanked: Bool = false) {
            self.version = version
            self.yanked = yanked
        }
    }

    /// One range on one module, and who asks for it (`acme/shop`, `acme/billing@1.1.0`).
    public struct Requirement: Equatable, Sendable {
        public var module: ModuleName
        public var range: VersionRange
        public var requester: String
        public init(module: ModuleName, range: VersionRange, requester: String) {
            self.module = module
            self.range = range
            self.requester = requester
        }
    }

    /// The published versions of a module; throws when the registry does not know it.
    public var releases: (ModuleName) throws -> [Release]
    /// What a published version declares it depends on (its bundle's `deps`).
    public var dependencies: (ModuleName, SemVer) throws -> [(ModuleName, VersionRange)]
    /// Versions to keep while they satisfy every range (the lockfile's).
    public var preferred: [ModuleName: SemVer]
    /// Bounds the rounds, in case choices keep flipping between each other.
    public var maxRounds = 100

    public init(releases: @escaping (ModuleName) throws -> [Release],
                dependencies: @escaping (ModuleName, SemVer) throws -> [(ModuleName, VersionRange)],
                preferred: [ModuleName: SemVer] = [:]) {
        self.releases = releases
        self.dependencies = dependencies
        self.preferred = preferred
    }

    /// - Parameters:
    ///   - root: the module whose manifest is resolved; requirements on it are ignored (a cycle back).
    ///   - deps: the manifest's registry dependencies.
    /// - Returns: module → chosen version, for every module reached.
    public func resolve(root: ModuleName, deps: [(ModuleName, VersionRange)]) throws -> [ModuleName: SemVer] {
        var releaseCache: [ModuleName: [Release]] = [:]
        var dependencyCache: [String: [(ModuleName, VersionRange)]] = [:]
        func cachedReleases(_ module: ModuleName) throws -> [Release] {
            if let known = releaseCache[module] { return known }
            let found = try releases(module)
            releaseCache[module] = found
            return found
        }
        func cachedDependencies(_ module: ModuleName, _ version: SemVer) throws -> [(ModuleName, VersionRange)] {
            let key = "\(module)@\(version)"
            if let known = dependencyCache[key] { return known }
            let found = try dependencies(module, version).sorted { $0.0 < $1.0 }
            dependencyCache[key] = found
            return found
        }

        let rootRequirements = deps.sorted { $0.0 < $1.0 }
            .map { Requirement(module: $0.0, range: $0.1, requester: root.description) }
        var chosen: [ModuleName: SemVer] = [:]
        for _ in 0..<maxRounds {
            // What is required, reading the dependencies of the versions chosen so far.
            var required: [ModuleName: [Requirement]] = [:]
            var order: [ModuleName] = []
            var queue = rootRequirements
            var expanded: Set<ModuleName> = []
            var next = 0
            while next < queue.count {
                let requirement = queue[next]
                next += 1
                let module = requirement.module
                if module == root { continue }
                if required[module] == nil { order.append(module) }
                required[module, default: []].append(requirement)
                guard let version = chosen[module], !expanded.contains(module) else { continue }
                expanded.insert(module)
                for (dep, range) in try cachedDependencies(module, version) where dep != module {
                    queue.append(Requirement(module: dep, range: range, requester: "\(module)@\(version)"))
                }
            }
            // The choice each module gets under those requirements.
            var choice: [ModuleName: SemVer] = [:]
            var conflicts: [ModuleName] = []
            for module in order {
                if let version = try pick(module, required[module]!, releases: try cachedReleases(module)) {
                    choice[module] = version
                } else {
                    conflicts.append(module)
                }
            }
            if choice == chosen {
                if let module = conflicts.first {
                    throw conflict(module, required[module]!, releases: try cachedReleases(module))
                }
                return chosen
            }
            chosen = choice
        }
        throw ProtopkgError("dependency resolution did not settle after \(maxRounds) rounds: the versions' own dependencies keep changing each other's choice",
                            hint: "pin the modules involved to narrower ranges in protopkg.yaml")
    }

    func pick(_ module: ModuleName, _ requirements: [Requirement], releases: [Release]) -> SemVer? {
        func admitted(_ version: SemVer) -> Bool { requirements.allSatisfy { $0.range.contains(version) } }
        if let locked = preferred[module], releases.contains(where: { $0.version == locked }), admitted(locked) {
            return locked
        }
        return releases.filter { !$0.yanked && admitted($0.version) }.map(\.version).max()
    }

    /// Who wants what, in the order they were found.
    func conflict(_ module: ModuleName, _ requirements: [Requirement], releases: [Release]) -> ProtopkgError {
        let available = releases.filter { !$0.yanked }.map(\.version).sorted()
        let published = available.isEmpty ? "none" : available.map(\.description).joined(separator: ", ")
        let yanked = releases.filter(\.yanked).map(\.version).sorted()
        let yankedNote = yanked.isEmpty ? "" : "; yanked: " + yanked.map(\.description).joined(separator: ", ")
        var askers: [Requirement] = []
        for r in requirements where !askers.contains(r) { askers.append(r) }
        let wants = askers.map { "\($0.requester) wants \($0.range)" }.joined(separator: ", ")
        // A single range that nothing satisfies is the problem whatever else is asked.
        if let lonely = askers.first(where: { r in !available.contains(where: r.range.contains) }) {
            return ProtopkgError("\(module): \(lonely.requester) wants \(lonely.range); no published version satisfies it "
                                    + "(published: \(published)\(yankedNote))",
                                 hint: "change the range, or publish a version that satisfies it")
        }
        let ranges = Set(askers.map(\.range))
        let quantifier = ranges.count == 2 ? "both" : "all of them"
        return ProtopkgError("\(module): \(wants); no version satisfies \(quantifier) (published: \(published)\(yankedNote))",
                             hint: "widen a range in protopkg.yaml, or move the module that asks for the older version to a newer release")
    }
}
