public enum ArchiveFormat: Sendable {
    /// Bundles: ustar inside gzip, no gzip timestamp.
    case tarGzip
    /// Wheels and Go module zips: deflate-compressed zip.
    case zip
}
