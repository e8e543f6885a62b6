import ProtopkgBasics

/// The error a front end throws when sources do not compile: the findings, and a hint that fits
/// them. A missing import is most often a file of another module that is not a dependency yet.
public enum CompileFailure {
    public static func error(_ findings: [Finding]) -> ProtopkgError {
        let count = findings.count
        let missingImport = findings.contains { $0.message.hasPrefix("Import \"") && $0.message.contains("was not found") }
        let hint = missingImport
            ? "an import from another module needs that module as a dependency: `protopkg add OWNER/NAME@RANGE` "
              + "(a registry module; it runs `protopkg sync`) or a `path:` dependency in protopkg.yaml; "
              + "otherwise fix the import path"
            : "fix the errors above and run the command again"
        return ProtopkgError("compilation failed with \(count) error\(count == 1 ? "" : "s")", hint: hint, findings: findings)
    }
}
