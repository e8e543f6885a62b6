import SwiftProtobuf

/// SourceInfo: takes a file's AST and its linked descriptors and gives the SourceCodeInfo
/// protoc records: one location per construct in the order protoc's parser opens them,
/// spans from each construct's first to last token, comments where the parser attached
/// them, and each option's location moved to the path of the option it was interpreted as
/// (protoc's UpdateSourceCodeInfo), its name and value locations dropped.
struct SourceInfoBuilder {
    let file: FileDescriptor
    var writer = WireWriter(capacity: 4096)
    /// Set when the locations are wanted as values (`locations(of:)`) rather than bytes.
    var asValues = false
    var values: [Google_Protobuf_SourceCodeInfo.Location] = []
    /// Paths of options protoc strips (source retention); their locations go too.
    let stripped: Set<[Int32]>

    init(file: FileDescriptor) {
        self.file = file
        var stripped = Set<[Int32]>()
        for site in file.optionSites { stripped.formUnion(site.options.strippedPaths) }
        self.stripped = stripped
    }

    func isStripped(_ path: [Int32]) -> Bool {
        guard !stripped.isEmpty else { return false }
        for n in 1...max(1, path.count) where n <= path.count && stripped.contains(Array(path[0..<n])) { return true }
        return false
    }

    /// The serialized SourceCodeInfo.
    static func build(_ file: FileDescriptor) -> [UInt8] {
        var builder = SourceInfoBuilder(file: file)
        builder.writeFile()
        return builder.writer.bytes
    }

    /// The SourceCodeInfo as the value decoding `build`'s bytes gives.
    static func locations(of file: FileDescriptor) -> Google_Protobuf_SourceCodeInfo {
        var builder = SourceInfoBuilder(file: file)
        builder.asValues = true
        builder.writeFile()
        var info = Google_Protobuf_SourceCodeInfo()
        info.location = builder.values
        return info
    }

    // MARK: locations

    mutating func location(_ path: [Int32], _ start: Token, _ end: Token, _ comments: CommentBlock? = nil) {
        if isStripped(path) { return }
        if asValues {
            var l = Google_Protobuf_SourceCodeInfo.Location()
            l.path = path
            l.span = end.line != start.line
                ? [Int32(start.line), Int32(start.column), Int32(end.line), Int32(end.endColumn)]
                : [Int32(start.line), Int32(start.column), Int32(end.endColumn)]
            if let comments {
                if !comments.leading.isEmpty { l.leadingComments = comments.leading }
                if !comments.trailing.isEmpty { l.trailingComments = comments.trailing }
                l.leadingDetachedComments = comments.detached
            }
            values.append(l)
            return
        }
        writer.message(1) { w in
            if !path.isEmpty {
                w.message(1) { p in
                    for c in path { p.varint(UInt64(bitPattern: Int64(c))) }
                }
            }
            w.message(2) { s in
                s.varint(UInt64(bitPattern: Int64(start.line)))
                s.varint(UInt64(bitPattern: Int64(start.column)))
                if end.line != start.line { s.varint(UInt64(bitPattern: Int64(end.line))) }
                s.varint(UInt64(bitPattern: Int64(end.endColumn)))
            }
            if let comments {
                if !comments.leading.isEmpty { w.stringField(3, comments.leading) }
                if !comments.trailing.isEmpty { w.stringField(4, comments.trailing) }
                for detached in comments.detached { w.stringField(6, detached) }
            }
        }
    }

    /// An option's location, at the path it was interpreted to.
    mutating func option(_ node: OptionNode, in options: ElementOptions?) {
        guard let options, let index = options.uninterpreted.firstIndex(where: { $0 === node }),
              index < options.interpretedPaths.count else { return }
        location(options.interpretedPaths[index], node.start, node.end, node.isStatement ? node.comments : nil)
    }

    /// `option ...;` inside a block: the options field's location, then the option's.
    mutating func optionStatement(_ node: OptionNode, path: [Int32], in options: ElementOptions?) {
        location(path, node.start, node.end)
        option(node, in: options)
    }

    mutating func compactOptions(_ node: CompactOptionsNode?, path: [Int32], in options: ElementOptions?) {
        guard let node else { return }
        location(path + [8], node.open, node.close)
        for entry in node.entries {
            switch entry {
            case .option(let o):
                option(o, in: options)
            case .defaultValue(let d):
                location(path + [7], d.valueStart, d.valueEnd)
            case .jsonName(let j):
                location(path + [10], j.keyword, j.valueEnd)
                location(path + [10], j.valueStart, j.valueEnd)
            }
        }
    }

    // MARK: file

    mutating func writeFile() {
        let ast = file.ast
        location([], ast.firstToken, ast.lastToken)
        if let syntax = ast.syntax {
            location([12], syntax.keyword, syntax.semicolon, syntax.comments)
        }
        var counts = Counts()
        var deps: Int32 = 0, publics: Int32 = 0, weaks: Int32 = 0, optionDeps: Int32 = 0
        for element in ast.elements {
            switch element {
            case .package(let node):
                location([2], node.keyword, node.semicolon, node.comments)
            case .importDecl(let node):
                if node.kind == .option {
                    location([15, optionDeps], node.keyword, node.semicolon, node.comments)
                    optionDeps += 1
                    continue
                }
                location([3, deps], node.keyword, node.semicolon, node.comments)
                if let modifier = node.modifier {
                    if node.kind == .publicImport {
                        location([10, publics], modifier, modifier)
                        publics += 1
                    } else {
                        location([11, weaks], modifier, modifier)
                        weaks += 1
                    }
                }
                deps += 1
            case .option(let node):
                optionStatement(node, path: [8], in: file.options)
            case .message(let node):
                let message = file.messages[Int(counts.messages)]
                writeMessage(node, message, path: [4, counts.messages])
                counts.messages += 1
            case .enumDecl(let node):
                writeEnum(node, file.enums[Int(counts.enums)], path: [5, counts.enums])
                counts.enums += 1
            case .service(let node):
                writeService(node, file.services[Int(counts.services)], path: [6, counts.services])
                counts.services += 1
            case .extend(let node):
                location([7], node.keyword, node.close, node.comments)
                for fieldNode in node.fields {
                    let field = file.extensions[Int(counts.extensions)]
                    writeField(fieldNode, field, path: [7, counts.extensions], extendee: node,
                               groupScope: [4], groupIndex: &counts.messages, groupMessages: file.messages)
                    counts.extensions += 1
                }
            }
        }
    }

    /// Indices of the next element of each kind in a scope.
    struct Counts {
        var messages: Int32 = 0
        var enums: Int32 = 0
        var services: Int32 = 0
        var extensions: Int32 = 0
        var fields: Int32 = 0
        var oneofs: Int32 = 0
        var extensionRanges: Int32 = 0
        var reservedRanges: Int32 = 0
        var reservedNames: Int32 = 0
    }
}
