import ProtoPackaging

/// The CI systems `protopkg init --ci` and `protopkg ci init` write a pipeline for, and where
/// each one reads it from.
public enum CIProvider: String, CaseIterable, Sendable {
    case github
    case gitlab
    case jenkins

    /// Relative to the repository root (the module directory).
    public var path: String {
        switch self {
        case .github: return ".github/workflows/protopkg.yml"
        case .gitlab: return ".gitlab-ci.yml"
        case .jenkins: return "Jenkinsfile"
        }
    }

    public func render(_ name: ModuleName) -> String {
        switch self {
        case .github: return CITemplates.github(name)
        case .gitlab: return CITemplates.gitlab(name)
        case .jenkins: return CITemplates.jenkins(name)
        }
    }
}
