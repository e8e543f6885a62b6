/// Bounds on what reading an archive may produce, so a hostile archive cannot fill the disk.
public struct ArchiveLimits: Sendable {
    public var maxEntries: Int
    public var maxEntryBytes: Int
    public var maxTotalBytes: Int

    public init(maxEntries: Int = 100_000, maxEntryBytes: Int = 256 << 20, maxTotalBytes: Int = 1 << 30) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
    }
}
