/// A token with its text copied out, for values parsed after the file's bytes are gone
/// (the text format inside an aggregate option value).
public struct TextToken: Sendable {
    public var token: Token
    public var text: String
}
