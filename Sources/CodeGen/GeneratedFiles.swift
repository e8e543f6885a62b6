import Foundation

/// Output of a generator: paths relative to the language's output root, to contents.
public typealias GeneratedFiles = [String: Data]

extension Dictionary where Key == String, Value == Data {
    /// Reads every regular file under `root` into a dictionary keyed by relative path.
    static func loading(from root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for rel in FileSystemWalk.files(root) {
            out[rel] = FileManager.default.contents(atPath: "\(root)/\(rel)")
        }
        return out
    }
}

enum FileSystemWalk {
    static func files(_ root: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            if let t = e.fileAttributes?[.type] as? FileAttributeType, t == .typeRegular { out.append(rel) }
        }
        return out.sorted()
    }
}
