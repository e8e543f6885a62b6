/// One statement inside a message body.
public enum MessageElement {
    case field(FieldNode)
    case oneof(OneofNode)
    case message(MessageNode)
    case enumDecl(EnumNode)
    case extend(ExtendNode)
    case extensions(ExtensionRangeNode)
    case reserved(ReservedNode)
    case option(OptionNode)
}
