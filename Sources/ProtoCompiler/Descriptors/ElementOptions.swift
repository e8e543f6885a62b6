/// The options of one element: the uninterpreted statements the parser read, and, once the
/// Options phase ran, the options message they make (serialized as protoc serializes it).
final class ElementOptions {
    /// Where these options sit in the file, as a SourceCodeInfo path (`[4, 0, 7]`).
    var path: [Int32]
    var uninterpreted: [OptionNode] = []
    /// Options set by the compiler itself (a map entry's `map_entry = true`).
    var presetMapEntry = false
    /// True when the syntax opens an options block even if it holds nothing (`rpc ... {}`).
    var declaredEmpty = false
    /// True when protoc's parser created the options message.
    var isPresent: Bool { presetMapEntry || declaredEmpty || !uninterpreted.isEmpty }
    /// The interpreted options message, filled by the Options phase.
    var value: MessageValue?
    /// Source-info path rewrites: for the i-th uninterpreted option, the interpreted path.
    var interpretedPaths: [[Int32]] = []
    /// What is written: the value without source-retention options; nil when nothing is left.
    var output: MessageValue?
    /// Paths (from the file's root) of what the stripping removed, for the source info.
    var strippedPaths: [[Int32]] = []

    init(path: [Int32]) {
        self.path = path
    }
}
