import Foundation
import ProtopkgBasics

/// The JavaScript runtime written into every generated package under `_protopkg/`: the wire
/// format, binary and JSON codecs driven by the field tables of the generated modules, the
/// well-known types' JSON forms and grpc-js service definitions. It is part of the package, so
/// generated code needs nothing at run time but itself (and grpc-js, for services).
enum NodeRuntime {
    /// A digest of the runtime's files: part of the generator's signature, so that cached modules
    /// are generated again when the runtime (and with it the field tables it reads) changes.
    static let digest: String = SHA256Hex.of(sources.map { "\($0.0)\n\($0.1)" }.joined(separator: "\n"))

    static var files: GeneratedFiles {
        var out: GeneratedFiles = [:]
        for (name, text) in sources { out["\(NodeModuleLocator.runtimeDirectory)/\(name)"] = Data((text + "\n").utf8) }
        return out
    }

    private static var sources: [(String, String)] {
        [
            ("wire.js", wire), ("types.js", types), ("codec.js", codec), ("json.js", json),
            ("wkt.js", wellKnownTypes), ("builtins.js", builtins), ("base64.js", base64), ("grpc.js", grpc), ("index.js", index),
            ("index.d.ts", declarations),
        ]
    }
}
