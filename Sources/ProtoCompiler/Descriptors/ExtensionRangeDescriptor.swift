/// One `extensions` range (end exclusive) with its options.
final class ExtensionRangeDescriptor {
    var start: Int32
    var end: Int32
    let node: RangeNode
    let statement: ExtensionRangeNode
    let options: ElementOptions

    init(start: Int32, end: Int32, node: RangeNode, statement: ExtensionRangeNode, path: [Int32]) {
        self.start = start
        self.end = end
        self.node = node
        self.statement = statement
        options = ElementOptions(path: path + [3])
    }
}
