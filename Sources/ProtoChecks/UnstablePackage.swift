/// Packages whose version component marks an unstable API (`v1alpha1`, `v1p1beta1`, `v2test`),
/// as buf reads package versions (see `PackageVersion`).
public enum UnstablePackage {
    public static func isUnstable(_ package: String) -> Bool {
        guard let version = PackageVersion(package: package) else { return false }
        return !version.isStable
    }
}
