import ProtoChecks
import ProtoSchema

/// An enum as an object shaped like a TypeScript numeric enum (names to numbers and back), and
/// as a `declare enum`. Whether it is closed decides what decoding does with unknown numbers.
struct NodeEnumEmitter {
    let e: SchemaEnum
    let scope: NodeFileScope

    private var name: String { scope.symbols.name(of: e.fullName)! }

    func javaScript(_ w: inout NodeCodeWriter) {
        let closed = ResolvedFeatures(e).enumType == .closed
        let values = e.values.map { "[\(NodeNames.stringLiteral($0.name)), \($0.number)]" }.joined(separator: ", ")
        w.line("exports.\(name) = $rt.enumType(\(NodeNames.stringLiteral(e.fullName)), [\(values)], \(closed));")
    }

    func declarations(_ w: inout NodeCodeWriter) {
        w.doc(e.comments.leading, deprecated: e.descriptor.options.deprecated)
        w.block("export declare enum \(name) {") { w in
            for v in e.values {
                w.doc(v.comments.leading, deprecated: v.descriptor.options.deprecated)
                w.line("\(NodeNames.key(v.name)) = \(v.number),")
            }
        }
    }
}
