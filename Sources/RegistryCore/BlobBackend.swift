/// Where a registry keeps blobs: files under its data directory (the default), or PostgreSQL
/// beside the metadata (`--blobs postgres`, which needs `--database`), for replicas that share
/// nothing but the database.
public enum BlobBackend: String, CaseIterable, Sendable {
    case files
    case postgres
}
