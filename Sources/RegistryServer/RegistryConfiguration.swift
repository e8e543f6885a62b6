import RegistryCore

/// How `protopkg registry serve` runs.
public struct RegistryConfiguration: Sendable {
    public var dataDirectory: String
    public var host: String
    public var port: Int
    /// `postgres://…` keeps metadata in PostgreSQL; nil means SQLite under the data directory.
    public var databaseURL: String?
    /// Where blobs live: files under the data directory, or PostgreSQL (needs `databaseURL`).
    public var blobs: BlobBackend
    public var publicRead: Bool
    /// The largest bundle a publish may upload.
    public var maxUploadBytes: Int
    /// Seconds that reads (version records, rendered pages) are served from memory; a publish
    /// or yank through this server drops them at once. With several replicas on one database,
    /// another replica's change shows after at most this long: keep it short, or 0 (no caching).
    public var cacheTTL: Double
    /// PEM files of the server's certificate chain and private key: HTTPS when both are set.
    public var tlsCertificate: String?
    public var tlsKey: String?

    public init(dataDirectory: String, host: String = "127.0.0.1", port: Int = 8080, databaseURL: String? = nil,
                publicRead: Bool = false, maxUploadBytes: Int = 64 << 20, cacheTTL: Double = 3,
                tlsCertificate: String? = nil, tlsKey: String? = nil, blobs: BlobBackend = .files) {
        self.blobs = blobs
        self.dataDirectory = dataDirectory
        self.host = host
        self.port = port
        self.databaseURL = databaseURL
        self.publicRead = publicRead
        self.maxUploadBytes = maxUploadBytes
        self.cacheTTL = cacheTTL
        self.tlsCertificate = tlsCertificate
        self.tlsKey = tlsKey
    }
}
