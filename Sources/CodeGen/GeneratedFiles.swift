import Foundation
import ProtopkgBasics

/// Output of a generator: paths relative to the language's output root, to contents.
public typealias GeneratedFiles = [String: Data]

extension Dictionary where Key == String, Value == Data {
    /// Reads every file under `root` (hidden directories aside) into a dictionary keyed by relative path.
    static func loading(from root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for rel in FileSystem.files(under: root) {
            out[rel] = FileManager.default.contents(atPath: "\(root)/\(rel)")
        }
        return out
    }
}
