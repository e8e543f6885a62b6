/// A place in one side of a changelog: a file by import path, 1-based line and column.
public struct ChangelogPlace: Codable, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, as findings print.
    public var description: String { "\(path):\(line):\(column)" }
}

/// One line of a changelog: what changed, under which rule, and where on each side.
public struct ChangelogEntry: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// A finding of the module's breaking rules: requires a major bump.
        case breaking
        /// An addition to the API surface: requires a minor bump.
        case addition
        /// Anything else (comments, layout, changes the breaking rules in use accept): a patch.
        case change
    }

    public var kind: Kind
    /// The breaking rule's ID, `ADDITION`, or for other changes what kind of change it is
    /// (`COMMENT`, `DELETION`, `FILE`).
    public var rule: String
    public var message: String
    /// Where the change is in the previous version (the deleted field, the old type), when it
    /// has a place there.
    public var previous: ChangelogPlace?
    /// Where it is in the current version (the new element; for a deletion, what encloses it).
    public var current: ChangelogPlace?
    /// The full name of the element concerned, when there is one (for links into the docs).
    public var element: String?

    public init(kind: Kind, rule: String, message: String, previous: ChangelogPlace? = nil,
                current: ChangelogPlace? = nil, element: String? = nil) {
        self.kind = kind
        self.rule = rule
        self.message = message
        self.previous = previous
        self.current = current
        self.element = element
    }
}
