import ProtopkgBasics
import Yams

/// The Go target: a Go module holding the `.pb.go` files, and the `_grpc.pb.go` stubs when `grpc`
/// is set, served by the registry's Go module proxy.
public struct GoTarget: Sendable, Equatable {
    /// The module path without a major version suffix (`example.com/acme/user`). protopkg adds
    /// `/vN` itself for major versions 2 and above, so the path stays the same across majors in the
    /// manifest while Go's import compatibility rule still holds for consumers.
    public var module: String
    /// Whether to generate gRPC client and server stubs next to the messages.
    public var grpc: Bool

    /// - Throws: `ProtopkgError` when `module` is not a valid Go module path without a `/vN` suffix.
    public init(module: String, grpc: Bool = false) throws {
        try Self.checkModulePath(module)
        self.module = module
        self.grpc = grpc
    }

    static let keys = ["module", "grpc"]

    /// Checks the parts of Go's module path rules that matter for serving it: a domain-like first
    /// element (Go refuses to fetch paths without a dot there), no spaces, and no `/vN` suffix.
    public static func checkModulePath(_ path: String) throws {
        func fail(_ reason: String, hint: String = "a Go module path looks like example.com/acme/user") -> ProtopkgError {
            ProtopkgError("invalid Go module path \"\(path)\": \(reason)", hint: hint)
        }
        guard !path.isEmpty else { throw fail("it is empty") }
        if let bad = path.unicodeScalars.first(where: { !isAllowed($0) }) {
            let what = bad.properties.isWhitespace ? "a space" : "the character \"\(bad)\""
            throw fail("it contains \(what); only letters, digits and - . _ ~ / are allowed")
        }
        let elements = path.split(separator: "/", omittingEmptySubsequences: false)
        if elements.contains(where: \.isEmpty) {
            throw fail("it has an empty element (a leading, trailing or double slash)")
        }
        if let dotted = elements.first(where: { $0.hasPrefix(".") || $0.hasSuffix(".") }) {
            throw fail("the element \"\(dotted)\" starts or ends with a dot")
        }
        guard elements[0].contains(".") else {
            throw fail("the first element \"\(elements[0])\" has no dot, so Go cannot treat it as a host name")
        }
        guard elements[0].unicodeScalars.allSatisfy({ !("A"..."Z").contains($0) }) else {
            throw fail("the first element \"\(elements[0])\" has uppercase letters")
        }
        if elements.count > 1, let last = elements.last, isMajorSuffix(last) {
            let stripped = elements.dropLast().joined(separator: "/")
            throw fail("it ends with the major version suffix /\(last)",
                       hint: "write \(stripped); protopkg appends /vN for major versions 2 and above")
        }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "-._~/".unicodeScalars.contains(scalar)
    }

    private static func isMajorSuffix(_ element: Substring) -> Bool {
        element.count > 1 && element.first == "v" && element.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    /// Reads `targets.go`; `module` is required because nothing else in the manifest says where
    /// the Go code will be imported from.
    static func read(_ node: Node, reader: YAMLReader) throws -> GoTarget {
        guard !YAMLReader.isNull(node) else {
            throw reader.error("missing key \"targets.go.module\"", at: node,
                               hint: "write go: { module: example.com/acme/user }")
        }
        let fields = try reader.fields(node, path: "targets.go", what: "\"targets.go\"", known: keys)
        guard let moduleNode = fields["module"] else {
            throw reader.error("missing key \"targets.go.module\"", at: node,
                               hint: "write go: { module: example.com/acme/user }")
        }
        let module = try reader.string(moduleNode, path: "targets.go.module")
        let grpc = try fields["grpc"].map { try reader.bool($0, path: "targets.go.grpc") } ?? false
        return try reader.validate(moduleNode, key: "targets.go.module") {
            try GoTarget(module: module, grpc: grpc)
        }
    }
}
