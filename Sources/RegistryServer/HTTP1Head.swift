import HTTPTypes
import NIOCore

/// An HTTP/1.1 response head as NIO's `HTTPResponseEncoder` writes it (status line, the fields
/// in order under their names as given, an empty line), for answers written below the codecs.
enum HTTP1Head {
    static func encode(_ head: HTTPResponse, allocator: ByteBufferAllocator) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: 256)
        buffer.writeString("HTTP/1.1 \(head.status.code) \(head.status.reasonPhrase)\r\n")
        for field in head.headerFields {
            buffer.writeString(field.name.rawName)
            buffer.writeString(": ")
            buffer.writeString(field.value)
            buffer.writeString("\r\n")
        }
        buffer.writeString("\r\n")
        return buffer
    }
}
