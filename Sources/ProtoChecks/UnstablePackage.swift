/// Packages whose last component marks an unstable API version: `v1alpha1`, `v2beta`, `v1test`.
public enum UnstablePackage {
    public static func isUnstable(_ package: String) -> Bool {
        guard let last = package.split(separator: ".").last else { return false }
        return last.range(of: #"^v\d+(alpha|beta|test)\w*$"#, options: .regularExpression) != nil
    }
}
