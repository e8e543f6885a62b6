import ProtoSchema
import SwiftProtobuf

/// The editions features that decide presence, enum openness, message encoding, UTF-8 checks,
/// JSON support and how repeated scalars are encoded (no rule of buf's reads the last; code
/// generation does). A proto2 or proto3 file cannot set them: they follow from its syntax, the way
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
    /// The element's `features` and those around it, innermost first, the file's last; empty
    /// outside editions (where nothing can be set).
    let chain: [FeatureSet]
    /// For proto2 and proto3 this is the syntax's default; the field's `packed` option, which only
    /// those syntaxes allow, overrides it and is the caller's to read.
    public var repeatedFieldEncoding: FeatureSet.RepeatedFieldEncoding

    // The chain is gathered only for an editions file: the checks ask for the features of every
    // field, and proto2 and proto3 files, which cannot set any, are nearly all of them.

    public init(_ field: SchemaField) {
        self.init(file: field.file) {
            var chain = [field.descriptor.options.features]
            if let oneof = field.oneof { chain.append(oneof.descriptor.options.features) }
            return chain + Self.enclosing(field.message)
        }
    }

    public init(_ message: SchemaMessage) {
        self.init(file: message.file) { Self.enclosing(message) }
    }

    public init(_ e: SchemaEnum) {
        self.init(file: e.file) { [e.descriptor.options.features] + Self.enclosing(e.parent) }
    }

    private init(file: SchemaFile, chain: () -> [FeatureSet]) {
        messageEncoding = .lengthPrefixed
        switch file.syntax {
        case "proto2":
            (fieldPresence, enumType, utf8Validation, jsonFormat) = (.explicit, .closed, .none, .legacyBestEffort)
            repeatedFieldEncoding = .expanded
            self.chain = []
            return
        case "proto3":
            (fieldPresence, enumType, utf8Validation, jsonFormat) = (.implicit, .open, .verify, .allow)
            repeatedFieldEncoding = .packed
            self.chain = []
            return
        default:
            // Editions 2023 and 2024 share these defaults.
            (fieldPresence, enumType, utf8Validation, jsonFormat) = (.explicit, .open, .verify, .allow)
            repeatedFieldEncoding = .packed
        }
        self.chain = chain() + [file.descriptor.options.features]
        // Outermost first, so that nearer settings win.
        for set in self.chain.reversed() {
            if set.hasFieldPresence { fieldPresence = set.fieldPresence }
            if set.hasEnumType { enumType = set.enumType }
            if set.hasUtf8Validation { utf8Validation = set.utf8Validation }
            if set.hasMessageEncoding { messageEncoding = set.messageEncoding }
            if set.hasJsonFormat { jsonFormat = set.jsonFormat }
            if set.hasRepeatedFieldEncoding { repeatedFieldEncoding = set.repeatedFieldEncoding }
        }
    }

    /// A language's feature (an extension of FeatureSet: `pb.cpp` is 1000, `pb.java` 1001) that
    /// holds an enum, from the nearest `features` that sets it; nil when none does.
    func language(_ extensionNumber: Int, feature: Int) -> UInt64? {
        for set in chain {
            guard let features = WireFields(set.unknownFields.data)?.message(extensionNumber) else { continue }
            for (number, value) in features.fields.reversed() where number == feature {
                if case .varint(let v) = value { return v }
            }
        }
        return nil
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
