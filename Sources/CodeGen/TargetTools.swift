/// What a language target found in the toolchain, as far as the builder needs to know it.
public protocol TargetTools {
    /// Executables and other inputs whose change must rebuild (path → cache stamp).
    var stamps: [String: String] { get }
    /// Tool versions recorded in the bundle's protopkg.json (`protoc-gen-go` → `v1.28.1`).
    var versions: [String: String] { get }
}

/// The tools of a target that needs none besides the compiler.
public struct NoTools: TargetTools {
    public var stamps: [String: String] { [:] }
    public var versions: [String: String] { [:] }
    public init() {}
}
