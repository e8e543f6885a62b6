/// A statement inside a service, in source order.
public enum ServiceElement {
    case method(MethodNode)
    case option(OptionNode)
}
