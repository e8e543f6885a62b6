import Dispatch
import HTTPTypes
import NIOCore

/// The first handler of a connection: answers cached GETs (`HotReads`) straight from the bytes
/// read, before NIO's HTTP decoding and the conversions to and from HTTPTypes, which took more
/// time per small answer than the answer itself.
///
/// It reads only what `SimpleGETRequest` parses, and answers only while no earlier request of
/// the connection is still unanswered (`HotReadConnection`), so responses leave in request
/// order. A simple request it cannot answer goes, exactly its bytes, to the HTTP decoder, which
/// is then again at a request's end. At the first bytes that are not a complete simple request
/// (a body, a head cut across two reads, anything unusual), it hands those and every later byte
/// of the connection to the decoder and stays out of the way; `HotReadHandler`, after the
/// decoder, still answers cached reads there.
final class RawHotReadHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let hot: HotReads
    private let connection: HotReadConnection
    private var passingOn = false
    private var needsFlush = false

    init(_ hot: HotReads, connection: HotReadConnection) {
        self.hot = hot
        self.connection = connection
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if passingOn {
            context.fireChannelRead(data)
            return
        }
        var buffer = unwrapInboundIn(data)
        while buffer.readableBytes > 0 {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let request = buffer.withUnsafeReadableBytes({ SimpleGETRequest.parse($0) }) else {
                passingOn = true
                context.fireChannelRead(wrapInboundOut(buffer))
                return
            }
            guard connection.unanswered == 0, let answer = hot.encodedAnswer(request.head) else {
                // For the router, or behind a request that is with it: unanswered until the end
                // of its response is written (`HotReadHandler.write`).
                connection.unanswered += 1
                context.fireChannelRead(wrapInboundOut(buffer.readSlice(length: request.length)!))
                continue
            }
            buffer.moveReaderIndex(forwardBy: request.length)
            var head = answer.head
            var tail = hot.encodedTail()
            head.writeBuffer(&tail)
            // The body goes as it is cached (one writev sends both, without copying it).
            context.write(wrapOutboundOut(head), promise: nil)
            context.write(wrapOutboundOut(answer.body), promise: nil)
            needsFlush = true
            hot.count(answer.instruments, since: start)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if needsFlush {
            needsFlush = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }
}
