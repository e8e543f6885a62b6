import ProtoSchema
import SwiftProtobuf

/// The editions features that decide presence, enum openness, UTF-8 checks, message encoding and
/// JSON support, and how repeated scalars are encoded. A proto2 or proto3 file cannot set them: they follow from its syntax, the way
/// protoc and buf map the two syntaxes onto editions. An editions file starts from the 2023
/// defaults, and each feature comes from the nearest `features` option that sets it (the element,
/// its oneof, the messages around it, the file).
public struct ResolvedFeatures {
    public typealias FeatureSet = Google_Protobuf_FeatureSet

    public var fieldPresence: FeatureSet.FieldPresence
    public var enumType: FeatureSet.EnumType
    public var utf8Validation: FeatureSet.Utf8Validation
    public var messageEncoding: FeatureSet.MessageEncoding
    public var jsonFormat: FeatureSet.JsonFormat
    /// For proto2 and proto3 this is the syntax's default; the field's `packed` option, which only
    /// those syntaxes allow, overrides it and is the caller's to read.
    public var repeatedFieldEncoding: FeatureSet.RepeatedFieldEncoding

    public init(_ field: SchemaField) {
        var chain = [field.descriptor.options.features]
        if let oneof = field.oneof { chain.append(oneof.descriptor.options.features) }
        self.init(file: field.file, chain: chain + Self.enclosing(field.message))
    }

    public init(_ message: SchemaMessage) {
        self.init(file: message.file, chain: Self.enclosing(message))
    }

    public init(_ e: SchemaEnum) {
        self.init(file: e.file, chain: [e.descriptor.options.features] + Self.enclosing(e.parent))
    }

    private init(file: SchemaFile, chain: [FeatureSet]) {
        switch file.syntax {
        case "proto2":
            (fieldPresence, enumType, utf8Validation, jsonFormat) = (.explicit, .closed, .none, .legacyBestEffort)
            (messageEncoding, repeatedFieldEncoding) = (.lengthPrefixed, .expanded)
            return
        case "proto3":
            (fieldPresence, enumType, utf8Validation, jsonFormat) = (.implicit, .open, .verify, .allow)
            (messageEncoding, repeatedFieldEncoding) = (.lengthPrefixed, .packed)
            return
        default:
            (fieldPresence, enumType, utf8Validation, jsonFormat) = (.explicit, .open, .verify, .allow)
            (messageEncoding, repeatedFieldEncoding) = (.lengthPrefixed, .packed)
        }
        // Outermost first, so that nearer settings win.
        for set in (chain + [file.descriptor.options.features]).reversed() {
            if set.hasFieldPresence { fieldPresence = set.fieldPresence }
            if set.hasEnumType { enumType = set.enumType }
            if set.hasUtf8Validation { utf8Validation = set.utf8Validation }
            if set.hasMessageEncoding { messageEncoding = set.messageEncoding }
            if set.hasJsonFormat { jsonFormat = set.jsonFormat }
            if set.hasRepeatedFieldEncoding { repeatedFieldEncoding = set.repeatedFieldEncoding }
        }
    }

    /// The `features` of a message and of every message around it, innermost first.
    private static func enclosing(_ message: SchemaMessage?) -> [FeatureSet] {
        var out: [FeatureSet] = []
        var m = message
        while let current = m {
            out.append(current.descriptor.options.features)
            m = current.parent
        }
        return out
    }

    /// The names descriptor.proto gives the values, as buf prints them.
    static func name(_ v: FeatureSet.Utf8Validation) -> String {
        switch v {
        case .verify: "VERIFY"
        case .none: "NONE"
        default: "UTF8_VALIDATION_UNKNOWN"
        }
    }

    static func name(_ v: FeatureSet.JsonFormat) -> String {
        switch v {
        case .allow: "ALLOW"
        case .legacyBestEffort: "LEGACY_BEST_EFFORT"
        default: "JSON_FORMAT_UNKNOWN"
        }
    }
}
