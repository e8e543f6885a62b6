/// A statement inside an enum, in source order.
public enum EnumElement {
    case value(EnumValueNode)
    case option(OptionNode)
    case reserved(ReservedNode)
}
