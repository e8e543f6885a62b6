public enum BlobStoreLimits {
    /// The piece size of `read` and of a chunked backend's rows: small enough to stream, large
    /// enough that a multi-MB bundle takes a handful of round trips.
    public static let chunkSize = 1 << 20
}
