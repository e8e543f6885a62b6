/// A parsed CEL expression: a node kind and the offset of the token that made it.
public struct CELExpr: Sendable {
    public indirect enum Kind: Sendable {
        case literal(CELLiteral)
        case identifier(String)
        /// `operand.field`; `testOnly` for the argument of `has()`.
        case select(operand: CELExpr, field: String, testOnly: Bool)
        /// A function or operator call; operators use cel-go's names (`_+_`, `!_`, `@in`, ...).
        case call(function: String, target: CELExpr?, arguments: [CELExpr])
        case list([CELExpr])
        case map([MapEntry])
        /// `Name{field: value, ...}`, the name as written.
        case message(typeName: String, fields: [FieldInit])
        case comprehension(CELComprehension)
    }

    public struct MapEntry: Sendable {
        public let key: CELExpr
        public let value: CELExpr
    }

    public struct FieldInit: Sendable {
        public let name: String
        public let value: CELExpr
        public let offset: Int
    }

    public let kind: Kind
    public let offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// The dotted name this expression spells (`a.b.c`), if it is only identifiers and selects.
    var qualifiedName: String? {
        switch kind {
        case .identifier(let name): return name
        case .select(let operand, let field, false): return operand.qualifiedName.map { "\($0).\(field)" }
        default: return nil
        }
    }
}

/// A literal value, kept only as far as type-checking needs it.
public enum CELLiteral: Sendable, Equatable {
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case null
}

/// One of the comprehension macros (`all`, `exists`, `exists_one`, `map`, `filter`), kept as
/// written rather than expanded, since only its type is needed.
public struct CELComprehension: Sendable {
    public enum Macro: String, Sendable {
        case all, exists, existsOne = "exists_one", map, filter
    }

    public let macro: Macro
    public let range: CELExpr
    public let variable: String
    /// The predicate (`all`, `exists`, `exists_one`, `filter`, and the filter of a three-argument `map`).
    public let predicate: CELExpr?
    /// The transform of `map`.
    public let transform: CELExpr?
}
