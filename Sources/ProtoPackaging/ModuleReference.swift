import ProtopkgBasics

/// `OWNER/NAME@RANGE` as commands take it; a missing range means any version (`*`).
public enum ModuleReference {
    public static func parse(_ text: String) throws -> (ModuleName, VersionRange) {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        let name = try ModuleName(parts[0])
        let range = try VersionRange(parts.count == 2 ? parts[1] : "*")
        return (name, range)
    }
}
