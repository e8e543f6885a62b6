import Foundation

/// The Node target runs no external tool: its generator is part of protopkg. The protopkg
/// executable is its tool, stamped so that a build after an upgrade of protopkg is not taken for
/// up to date, and the runtime's digest is the version recorded in the bundle.
public struct NodeTools: TargetTools {
    /// The running protopkg (or test runner), when the platform tells its path.
    public let executable: String?

    public init(executable: String? = Bundle.main.executablePath) {
        self.executable = executable
    }

    public var stamps: [String: String] {
        guard let executable else { return [:] }
        return [executable: BuildCache.stamp(executable)]
    }

    public var versions: [String: String] {
        ["protopkg-node-runtime": String(NodeRuntime.digest.prefix(12))]
    }
}
