import ProtoSchema

/// A message as a field table for the runtime (JavaScript) and as an interface plus a
/// `MessageType` constant (declarations). Nested messages and enums are emitted by the caller
/// as siblings, under their flattened names.
struct NodeMessageEmitter {
    let message: SchemaMessage
    let scope: NodeFileScope

    private var name: String { scope.symbols.name(of: message.fullName)! }

    func javaScript(_ w: inout NodeCodeWriter) throws {
        let (fields, _) = try NodeFieldPlan.plan(message, scope: scope)
        let open = "exports.\(name) = $rt.messageType(\(NodeNames.stringLiteral(message.fullName)), () => ["
        if fields.isEmpty {
            w.line(open + "]);")
            return
        }
        try w.block(open, "]);") { w in
            for f in fields { w.line(try entry(f) + ",") }
        }
    }

    /// `{ no: 1, name: "id", json: "id", proto: "id", T: 9, utf8: true }`: see the runtime's types.js.
    private func entry(_ f: NodeFieldPlan) throws -> String {
        var parts = ["no: \(f.field.number)", "name: \(NodeNames.stringLiteral(f.property))",
                     "json: \(NodeNames.stringLiteral(f.jsonName))", "proto: \(NodeNames.stringLiteral(f.field.name))"]
        if let map = f.map {
            var inner = ["K: \(map.keyType)", "V: \(map.valueType)"]
            if let ref = map.valueTypeName { inner.append("ref: \(try scope.js(ref))") }
            if f.mapValidatesUTF8 { inner.append("utf8: true") }
            parts.append("map: { \(inner.joined(separator: ", ")) }")
            return "{ " + parts.joined(separator: ", ") + " }"
        }
        parts.append("T: \(f.type)")
        if let ref = f.typeName { parts.append("ref: \(try scope.js(ref))") }
        if f.repeated { parts.append("rep: true") }
        if f.packed { parts.append("packed: true") }
        if f.explicit { parts.append("x: true") }
        if f.required { parts.append("req: true") }
        if let oneof = f.oneof { parts.append("oneof: \(NodeNames.stringLiteral(oneof))") }
        if f.validatesUTF8 { parts.append("utf8: true") }
        if let def = try f.defaultLiteral(scope: scope) { parts.append("def: \(def)") }
        return "{ " + parts.joined(separator: ", ") + " }"
    }

    func declarations(_ w: inout NodeCodeWriter) throws {
        let (fields, _) = try NodeFieldPlan.plan(message, scope: scope)
        w.doc(message.comments.leading, deprecated: message.descriptor.options.deprecated)
        try w.block("export interface \(name) {") { w in
            var oneofDone: Set<String> = []
            for f in fields {
                if let oneof = f.oneof {
                    guard !oneofDone.contains(oneof) else { continue }
                    oneofDone.insert(oneof)
                    let members = fields.filter { $0.oneof == oneof }
                    if let o = members.first?.field.oneof { w.doc(o.comments.leading) }
                    w.line("\(NodeNames.key(oneof))?:")
                    for m in members {
                        w.line("  | { $case: \(NodeNames.stringLiteral(m.property)); \(NodeNames.key(m.property)): \(try valueType(m)) }")
                    }
                    w.line("  ;")
                    continue
                }
                w.doc(f.field.comments.leading, deprecated: f.field.descriptor.options.deprecated)
                let optional = f.explicit || f.required || (f.isMessage && !f.repeated)
                w.line("\(NodeNames.key(f.property))\(optional ? "?" : ""): \(try type(f));")
            }
            w.line("/** Fields read from the wire that this schema does not know, written back as they were. */")
            w.line("$unknown?: Uint8Array;")
        }
        w.line("export declare const \(name): $rt.MessageType<\(name)>;")
    }

    private func type(_ f: NodeFieldPlan) throws -> String {
        if let map = f.map {
            let value = try map.valueTypeName.map { try scope.ts($0) } ?? Self.scalarType(map.valueType)
            return "Map<\(Self.scalarType(map.keyType)), \(value)>"
        }
        let single = try valueType(f)
        return f.repeated ? "\(single)[]" : single
    }

    private func valueType(_ f: NodeFieldPlan) throws -> String {
        if let ref = f.typeName { return try scope.ts(ref) }
        return Self.scalarType(f.type)
    }

    /// The TypeScript type of a scalar kind (FieldDescriptorProto.Type).
    static func scalarType(_ type: Int) -> String {
        switch type {
        case 3, 4, 6, 16, 18: return "bigint"
        case 8: return "boolean"
        case 9: return "string"
        case 12: return "Uint8Array"
        default: return "number"
        }
    }
}
