import NIOCore

/// The body of an answer from the read caches: bytes in memory, or a blob's file, sent with
/// sendfile(2) so that its bytes are not copied through this process (what nginx does).
enum HotBody: Sendable {
    case buffer(ByteBuffer)
    case file(String, length: Int)
}
