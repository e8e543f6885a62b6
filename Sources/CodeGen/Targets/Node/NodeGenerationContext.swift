import ProtoSchema
import ProtopkgBasics
import SwiftProtobuf

/// The indexed descriptor set and the exported names of each file, computed once per call.
final class NodeGenerationContext {
    let schema: Schema
    let locator: NodeModuleLocator
    let grpc: Bool
    private var symbolCache: [String: NodeFileSymbols] = [:]

    init(set: Google_Protobuf_FileDescriptorSet, generator: NodeGenerator) throws {
        schema = Schema(set)
        locator = NodeModuleLocator(mapping: generator.mapping)
        grpc = generator.grpc
    }

    func symbols(_ file: SchemaFile) -> NodeFileSymbols {
        if let s = symbolCache[file.path] { return s }
        let s = NodeFileSymbols(file, grpc: grpc)
        symbolCache[file.path] = s
        return s
    }

    func file(_ path: String) throws -> SchemaFile {
        guard let f = schema.filesByPath[path] else {
            throw ProtopkgError("\(path) is not in the descriptor set", hint: "compile it into the set given to the generator")
        }
        return f
    }

    func emit(_ path: String) throws -> GeneratedFiles {
        let scope = try NodeFileScope(file: try file(path), schema: schema, locator: locator, grpc: grpc,
                                      symbolsOf: { [unowned self] in self.symbols($0) })
        return try NodeFileEmitter(scope: scope, grpc: grpc).emit()
    }

    /// Files outside `files` and outside every dependency package whose types `files` use,
    /// directly or through each other, sorted by path.
    func bundledFiles(for files: [String]) throws -> [String] {
        let own = Set(files)
        var found: Set<String> = []
        var queue = files
        while let path = queue.popLast() {
            let f = try file(path)
            for name in try NodeFileScope.referencedTypes(f, grpc: grpc) {
                let target = try NodeFileScope.definingFile(of: name, in: schema, from: f).path
                if own.contains(target) || found.contains(target) || locator.isExternal(target) { continue }
                found.insert(target)
                queue.append(target)
            }
        }
        return found.sorted()
    }
}
