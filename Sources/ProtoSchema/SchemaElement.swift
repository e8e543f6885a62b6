/// What every indexed element offers: its file, its descriptor path, where it is written and
/// its comments.
public protocol SchemaElement: AnyObject {
    var file: SchemaFile { get }
    /// The `SourceCodeInfo` path of the element within its file.
    var path: [Int32] { get }
}

extension SchemaElement {
    /// The span of the whole element, when the descriptor carries source info.
    public var location: SourceSpan? { file.span(path) }
    /// The span of one part of the element (its name, type, number, ...), else the element's.
    public func location(of part: Int32) -> SourceSpan? { file.span(path + [part]) ?? location }
    public var comments: ElementComments { file.comments(path) }
    /// The span of a deeper part (an option: `[DescriptorPath.Field.options, 6]`), else the element's.
    public func location(ofPath suffix: [Int32]) -> SourceSpan? { file.span(path + suffix) ?? location }
}
