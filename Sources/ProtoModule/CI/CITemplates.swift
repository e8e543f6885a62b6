import ProtoPackaging

/// The pipelines `protopkg init --ci` writes. Each one does the same thing in its CI's terms:
///
/// - every push and merge/pull request: `lint`, `breaking` against the last release and
///   `version check`, with findings where the CI shows them (GitHub annotations, the GitLab
///   code-quality report); the last release comes from `protopkg ci against`, which says which
///   one it chose (the registry's newest version, else the newest vX.Y.Z tag before HEAD, else
///   none for a first release), so the fallback is one command and not shell in three dialects;
/// - the default branch and vX.Y.Z tags: `build` and `publish`, with `PROTOPKG_TOKEN` from the
///   CI's secret store;
/// - protopkg's download cache (`~/.cache/protopkg`, the dependencies' bundles by digest) kept
///   between runs.
///
/// They run in the protopkg toolchain image (this repository's build/Dockerfile), which has
/// protopkg, protoc, the plugins and git.
public enum CITemplates {
    static func header(_ name: ModuleName, _ provider: CIProvider, comment: String) -> String {
        """
        \(comment) protopkg CI for \(name), written by `protopkg init --ci \(provider.rawValue)` (or `protopkg ci init --ci \(provider.rawValue)`).
        \(comment)
        \(comment) Every push and \(provider == .github ? "pull" : "merge") request: lint, breaking changes against the last release (the
        \(comment) registry's newest version, else the newest vX.Y.Z tag before this commit) and the version
        \(comment) check. The default branch and vX.Y.Z tags: build and publish.
        """
    }
}
