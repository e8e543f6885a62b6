/// Buffers the most recent comment until it is known whether it trails the previous token, is
/// detached, or leads the next one; the same decisions, in the same order, as protoc's
/// tokenizer makes them.
struct CommentCollector {
    private var trailing: [UInt8] = []
    private var detached: [[UInt8]] = []
    private var buffer: [UInt8] = []
    private var numComments = 0
    private var hasTrailingComment = false
    /// True once a comment was read into the buffer, even an empty one (`/**/`).
    private var hasComment = false
    private var isLineComment = false
    private var canAttachToPrev = true

    /// Line comments on consecutive lines join into one; a block comment never joins.
    mutating func startLineComment() {
        if hasComment && !isLineComment { flush() }
        hasComment = true
        isLineComment = true
    }

    mutating func startBlockComment() {
        if hasComment { flush() }
        hasComment = true
        isLineComment = false
    }

    mutating func append(_ text: [UInt8]) {
        buffer.append(contentsOf: text)
    }

    /// The buffered comment is complete and not connected to the next token.
    mutating func flush() {
        guard hasComment else { return }
        if canAttachToPrev {
            trailing.append(contentsOf: buffer)
            hasTrailingComment = true
            canAttachToPrev = false
        } else {
            detached.append(buffer)
        }
        buffer.removeAll(keepingCapacity: true)
        hasComment = false
        numComments += 1
    }

    mutating func detachFromPrev() { canAttachToPrev = false }

    /// When the previous and next tokens share a line, a lone comment belongs to neither.
    mutating func maybeDetachComment() {
        var count = numComments
        if hasComment { count += 1 }
        if count == 1 {
            if hasTrailingComment {
                detached.insert(trailing, at: 0)
                trailing.removeAll()
            }
            flush()
        }
    }

    /// What is left in the buffer leads the next token.
    func finish() -> CommentBlock {
        CommentBlock(trailing: String(decoding: trailing, as: UTF8.self),
                     detached: detached.map { String(decoding: $0, as: UTF8.self) },
                     leading: hasComment ? String(decoding: buffer, as: UTF8.self) : "")
    }
}
