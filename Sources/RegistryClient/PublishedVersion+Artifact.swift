extension PublishedVersion.Artifact {
    /// An artifact as the registry records it (its `ArtifactRecord`), for the registry's own
    /// pages, which show the install lines of `InstallCommands` too.
    public init(kind: String, fileName: String, digest: String, size: Int, packageName: String?) {
        self.init(kind: kind, fileName: fileName, sha256: digest, size: size, packageName: packageName)
    }
}
