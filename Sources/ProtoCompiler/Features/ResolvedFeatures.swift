/// The resolved values of the core features (numbers of descriptor.proto's enums; 0 unset).
struct ResolvedFeatures: Equatable, Sendable {
    var fieldPresence: Int32 = 0
    var enumType: Int32 = 0
    var repeatedFieldEncoding: Int32 = 0
    var utf8Validation: Int32 = 0
    var messageEncoding: Int32 = 0
    var jsonFormat: Int32 = 0
    var enforceNamingStyle: Int32 = 0
    var defaultSymbolVisibility: Int32 = 0
    /// pb.cpp's legacy_closed_enum, which also closes an enum field.
    var cppLegacyClosedEnum = false

    static let empty = ResolvedFeatures()

    /// FeatureSet field numbers of the core features, in order.
    static let coreFields: [Int32] = [1, 2, 3, 4, 5, 6, 7, 8]

    subscript(number: Int32) -> Int32 {
        get {
            switch number {
            case 1: return fieldPresence
            case 2: return enumType
            case 3: return repeatedFieldEncoding
            case 4: return utf8Validation
            case 5: return messageEncoding
            case 6: return jsonFormat
            case 7: return enforceNamingStyle
            case 8: return defaultSymbolVisibility
            default: return 0
            }
        }
        set {
            switch number {
            case 1: fieldPresence = newValue
            case 2: enumType = newValue
            case 3: repeatedFieldEncoding = newValue
            case 4: utf8Validation = newValue
            case 5: messageEncoding = newValue
            case 6: jsonFormat = newValue
            case 7: enforceNamingStyle = newValue
            case 8: defaultSymbolVisibility = newValue
            default: break
            }
        }
    }

    /// The features explicitly set in an options message's `features` field, over these.
    func merging(_ features: MessageValue?) -> ResolvedFeatures {
        guard let features else { return self }
        var out = self
        for entry in features.entries {
            guard case .varint(let v)? = entry.field.isRepeated ? nil : entry.values.last else {
                if entry.field.number == 1000, case .message(let cpp)? = entry.values.last,
                   case .varint(let v)? = cpp.values(of: 1).last {
                    out.cppLegacyClosedEnum = v != 0
                }
                continue
            }
            if entry.field.number >= 1 && entry.field.number <= 8 && !entry.field.isExtension {
                out[entry.field.number] = Int32(truncatingIfNeeded: Int64(bitPattern: v))
            }
        }
        return out
    }
}
