/// The braces of a message or group and what they hold, in source order.
public struct MessageBody {
    public var open = Token.none
    public var close = Token.none
    public var elements: [MessageElement] = []
}
