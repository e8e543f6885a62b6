import ProtoPackaging

/// The kind of change between two releases, whatever the version number does about it:
/// `breaking` (a finding of the module's breaking rules), `additive` (an addition to the API
/// surface), `compatible` (any other difference: comments, options that change no API),
/// `none` (nothing changed). The version's `bump` follows from it and from the previous version:
/// below 1.0.0 a breaking change moves the minor number and an addition the patch.
public enum VersionImpact: String, Codable, Sendable {
    case breaking, additive, compatible, none

    /// The bump the change asks for from a version of 1.0.0 or above.
    public var bumpFromStable: VersionBump {
        switch self {
        case .breaking: return .major
        case .additive: return .minor
        case .compatible: return .patch
        case .none: return .none
        }
    }
}
