/// A comment as it appears in the text, kept for tools that need every comment (a formatter),
/// including those protoc attaches to no declaration.
public struct Comment: Sendable, Equatable {
    public enum Style: UInt8, Sendable { case line, block }
    public var style: Style
    /// Byte range of the whole comment, `//` or `/*` included.
    public var offset: Int32
    public var length: Int32
    public var line: Int32
    public var column: Int32
}
