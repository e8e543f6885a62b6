import Foundation
import ProtoModule

/// Where `--against registry:VERSION|latest` gets a release's bundle. The registry client
/// implements it; CodeGen sits below the client and only declares what it needs.
public protocol RegistryBundleSource: Sendable {
    /// The bundle of `version` (an exact version, or `latest`: the newest non-yanked one) of the
    /// workspace's module, and how to name it to a person (`registry:1.2.0`).
    func bundle(of workspace: ModuleWorkspace, version: String) throws -> (data: Data, label: String)
}
