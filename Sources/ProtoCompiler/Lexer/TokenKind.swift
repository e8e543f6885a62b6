/// The kinds protoc's tokenizer gives: `start` before the first token, `end` after the last.
public enum TokenKind: UInt8, Sendable {
    case start, end, identifier, integer, float, string, symbol
}
