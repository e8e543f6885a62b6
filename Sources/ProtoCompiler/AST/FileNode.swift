/// AST: what the parser gives for one file. Nodes keep the tokens they were written with
/// (every keyword, name, number, brace and semicolon, with its position) and the comments
/// protoc attaches to them; the file keeps every comment, attached or not. Nothing is
/// resolved here: names are as written, options are uninterpreted.
public final class FileNode {
    /// The file's import path.
    public let name: String
    public var syntax: SyntaxNode?
    public var elements: [FileElement] = []
    /// The first token (where protoc's root location starts) and the last one.
    public var firstToken = Token.none
    public var lastToken = Token.none
    /// Every comment of the file, in order (kept when the parser is asked to).
    public var comments: [Comment] = []

    public init(name: String) {
        self.name = name
    }

    /// "proto2", "proto3" or "editions", as protoc's parser records it.
    public var syntaxName: String {
        guard let syntax else { return "proto2" }
        return syntax.isEdition ? "editions" : syntax.value
    }
}
