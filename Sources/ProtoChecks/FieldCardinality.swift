import ProtoSchema

/// How many values a field holds and whether a reader can tell an unset field from a zero one:
/// what the cardinality rules compare. The wire and wire+JSON groups say which changes old
/// readers survive: presence is invisible on the wire, a repeated field and a map are the same
/// bytes but not the same JSON.
enum FieldCardinality: Hashable, CustomStringConvertible {
    case optionalWithExplicitPresence
    case optionalWithImplicitPresence
    case required
    case repeated
    case map

    init(_ field: SchemaField) {
        if field.isRepeated {
            // A map entry is always declared inside the message whose map field uses it.
            let entry = field.message?.messages.first { $0.fullName == field.typeName }
            self = field.type == .message && entry?.isMapEntry == true ? .map : .repeated
            return
        }
        let features = ResolvedFeatures(field)
        if field.label == .required || features.fieldPresence == .legacyRequired {
            self = .required
        } else if field.isExtension || field.oneof != nil || field.type == .message || field.type == .group
                    || features.fieldPresence == .explicit {
            self = .optionalWithExplicitPresence
        } else {
            self = .optionalWithImplicitPresence
        }
    }

    /// Cardinalities in one group read each other's bytes.
    var wireGroup: Int {
        switch self {
        case .optionalWithExplicitPresence, .optionalWithImplicitPresence: 1
        case .required: 2
        case .repeated, .map: 3
        }
    }

    /// Cardinalities in one group read each other's bytes and JSON.
    var wireJSONGroup: Int {
        switch self {
        case .optionalWithExplicitPresence, .optionalWithImplicitPresence: 1
        case .required: 2
        case .repeated: 3
        case .map: 4
        }
    }

    var description: String {
        switch self {
        case .optionalWithExplicitPresence: "optional with explicit presence"
        case .optionalWithImplicitPresence: "optional with implicit presence"
        case .required: "required"
        case .repeated: "repeated"
        case .map: "map"
        }
    }
}
