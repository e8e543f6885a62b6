import ProtoPackaging

/// The one place a bundle's file name is made: `OWNER-NAME-VERSION.protopkg.tgz`, in `dist/`
/// and in the registry alike.
public enum BundleFileName {
    public static let suffix = ".protopkg.tgz"

    /// `OWNER-NAME-VERSION`, shared by the bundle and the descriptor set beside it.
    public static func stem(_ module: ModuleName, _ version: SemVer) -> String { "\(module.fileStem)-\(version)" }

    public static func of(_ module: ModuleName, _ version: SemVer) -> String { stem(module, version) + suffix }
}
