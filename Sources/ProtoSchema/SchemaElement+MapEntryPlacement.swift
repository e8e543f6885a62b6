/// protoc records no source info for the entry message it synthesizes for a `map<K, V>` field,
/// so its key and value fields have no place of their own. buf (through protocompile) places
/// every part of an entry at the map field's `map<K, V>` type; this does the same, so findings
/// about map keys and values land where a person wrote them.
extension SchemaElement {
    /// The span of a part of the element (`[]` for the element itself), else the element's,
    /// else, inside a synthesized map entry, the span of the map field's type.
    public func placement(ofPath suffix: [Int32] = []) -> SourceSpan? {
        if let span = file.span(path + suffix) ?? location { return span }
        return mapEntry?.mapFieldTypeSpan
    }

    /// The map entry message this element is, or belongs to.
    private var mapEntry: SchemaMessage? {
        switch self {
        case let message as SchemaMessage: return message.isMapEntry ? message : nil
        case let field as SchemaField: return field.message.flatMap { $0.isMapEntry ? $0 : nil }
        default: return nil
        }
    }
}

extension SchemaMessage {
    /// For a map entry: the span of the `map<K, V>` type of the field that uses it.
    fileprivate var mapFieldTypeSpan: SourceSpan? {
        guard let parent else { return nil }
        guard let field = parent.fields.first(where: { $0.typeName == fullName }) else { return parent.location }
        return field.location(of: DescriptorPath.Field.typeName)
    }
}
