/// One dot-separated part of an option name: `foo` or `(pkg.ext)`.
public struct OptionNamePart {
    public var name: String
    public var isExtension: Bool
    /// `(` or the identifier; `)` or the identifier.
    public var start: Token
    public var end: Token
}
