import ProtoSchema

/// Names rules the way buf's messages do, `(buf.validate.field).string.min_len`, by walking
/// `buf.validate.FieldRules` in the schema being checked (protovalidate's file is among its imports).
struct ProtovalidateRuleNames {
    let schema: Schema

    func name(_ path: [Int32], root: String = "(buf.validate.field)", message: String = "buf.validate.FieldRules") -> String {
        var text = root
        var current = schema.messagesByName[message]
        for number in path {
            guard let field = current?.field(number: number) else { break }
            text += "." + field.name
            guard field.type == .message else { break }
            current = schema.messagesByName[field.typeName]
        }
        return text
    }
}
