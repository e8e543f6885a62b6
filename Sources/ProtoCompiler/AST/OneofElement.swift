/// A statement inside a oneof, in source order.
public enum OneofElement {
    case option(OptionNode)
    case field(FieldNode)
}
