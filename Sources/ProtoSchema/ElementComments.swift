/// The comments attached to an element, as protoc records them.
public struct ElementComments: Hashable, Sendable {
    public var leading: String
    public var trailing: String
    public var leadingDetached: [String]

    public init(leading: String = "", trailing: String = "", leadingDetached: [String] = []) {
        self.leading = leading
        self.trailing = trailing
        self.leadingDetached = leadingDetached
    }

    public static let none = ElementComments()

    /// True when the leading comment has text other than white space.
    public var hasLeading: Bool { !leading.allSatisfy(\.isWhitespace) }
}
