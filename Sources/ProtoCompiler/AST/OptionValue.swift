/// An option value as the parser reads it (protoc's UninterpretedOption value fields).
public enum OptionValue {
    case identifier(String)
    case positiveInt(UInt64)
    case negativeInt(Int64)
    case double(Double)
    case string([UInt8])
    /// The brace-delimited text format value, as protoc joins its tokens with spaces.
    case aggregate(String)
}
