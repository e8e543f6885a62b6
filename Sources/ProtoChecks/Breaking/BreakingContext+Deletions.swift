import ProtoSchema

extension BreakingContext {
    /// Reports a deleted element where buf does: at the innermost enclosing message that is still
    /// in `messages`, else at the start of `file` (the current file the element was in), else
    /// with no place when that file is gone too.
    func reportDeleted(_ nestedName: String, messages: [String: SchemaMessage], file: SchemaFile?, _ message: String) {
        if let parent = NestedNames.survivingAncestor(of: nestedName, in: messages) {
            report(parent, message)
        } else if let file {
            report(file, message)
        } else {
            reportUnplaced(message)
        }
    }
}
