/// The options of one element: the uninterpreted statements the parser read, and, once the
/// Options phase ran, the options message they make (serialized as protoc serializes it).
final class ElementOptions {
    /// Where these options sit in the file, as a SourceCodeInfo path (`[4, 0, 7]`).
    var path: [Int32]
    var uninterpreted: [OptionNode] = []
    /// Options set by the compiler itself (a map entry's `map_entry = true`).
    var presetMapEntry = false
    /// True when the element had options at all (an empty `[]` is a parse error, so this is
    /// whether any option, preset or written, exists).
    var isPresent: Bool { presetMapEntry || !uninterpreted.isEmpty }
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
