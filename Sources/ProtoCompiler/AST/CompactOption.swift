/// One entry of a `[...]` list. `default` and `json_name` are not options to protoc: they set
/// fields of the field's descriptor directly.
public enum CompactOption {
    case option(OptionNode)
    case defaultValue(DefaultValueNode)
    case jsonName(JsonNameNode)
}
