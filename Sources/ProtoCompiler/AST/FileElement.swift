/// One top-level statement, in source order.
public enum FileElement {
    case package(PackageNode)
    case importDecl(ImportNode)
    case option(OptionNode)
    case message(MessageNode)
    case enumDecl(EnumNode)
    case service(ServiceNode)
    case extend(ExtendNode)
}
