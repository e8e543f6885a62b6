/// One range of an `extensions` or `reserved` statement. `end` is as protoc's parser stores
/// it: exclusive for messages (`max` resolved later), inclusive for enums.
public struct RangeNode {
    public var start: Int32
    public var end: Int32
    public var endIsMax: Bool
    /// First and last tokens of the start number (`-` included), and of the end (`max`).
    public var startFirst: Token
    public var startLast: Token
    public var endFirst: Token
    public var endLast: Token
    /// The range's last token (protoc's end location without `to` is the start's first token alone).
    public var last: Token
}
