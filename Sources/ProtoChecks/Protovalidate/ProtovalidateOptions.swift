import SwiftProtobuf

/// protovalidate's option numbers: the extensions on the descriptor options, and the fields of
/// `buf.validate.FieldRules` and `MessageRules` that the checks read.
enum ProtovalidateOptions {
    /// `buf.validate.field`, `.message` and `.oneof`.
    static let rulesExtension: Int32 = 1159
    /// `buf.validate.predefined`, on the fields of a rules message's extensions.
    static let predefinedExtension: Int32 = 1160

    enum Field {
        static let cel = 23, required = 25, ignore = 27, celExpression = 29
        static let repeated = 18, map = 19
    }

    enum Message {
        static let cel = 3, oneof = 4, celExpression = 5
    }

    /// `Ignore` values.
    static let ignoreIfZeroValue: UInt64 = 1, ignoreAlways: UInt64 = 3

    /// The `type` oneof of `FieldRules`: rule kind number and the field types it fits.
    static let scalarKinds: [Int: Google_Protobuf_FieldDescriptorProto.TypeEnum] = [
        1: .float, 2: .double, 3: .int32, 4: .int64, 5: .uint32, 6: .uint64, 7: .sint32, 8: .sint64,
        9: .fixed32, 10: .fixed64, 11: .sfixed32, 12: .sfixed64, 13: .bool, 14: .string, 15: .bytes, 16: .enum,
    ]
    static let messageKinds: [Int: String] = [
        1: "google.protobuf.FloatValue", 2: "google.protobuf.DoubleValue", 3: "google.protobuf.Int32Value",
        4: "google.protobuf.Int64Value", 5: "google.protobuf.UInt32Value", 6: "google.protobuf.UInt64Value",
        13: "google.protobuf.BoolValue", 14: "google.protobuf.StringValue", 15: "google.protobuf.BytesValue",
        20: "google.protobuf.Any", 21: "google.protobuf.Duration", 22: "google.protobuf.Timestamp",
        28: "google.protobuf.FieldMask",
    ]
    static let typeKinds: Set<Int> = Set(scalarKinds.keys).union(messageKinds.keys).union([18, 19])

    /// How each numeric rules message encodes its bounds.
    static let numberKinds: [Int: ProtovalidateNumber.Kind] = [
        1: .floating, 2: .floating, 3: .signed32, 4: .signed, 5: .unsigned, 6: .unsigned, 7: .zigzag, 8: .zigzag,
        9: .unsigned, 10: .unsigned, 11: .signed, 12: .signed, 21: .time, 22: .time,
    ]
}
