import Yams

/// The outputs a build produces besides the bundle itself, one optional entry per language.
/// When a manifest has no `targets` key, only `descriptor` is built: it needs no toolchain
/// besides protopkg, so a fresh module builds anywhere.
public struct Targets: Sendable, Equatable {
    public var python: PythonTarget?
    public var go: GoTarget?
    public var node: NodeTarget?
    public var descriptor: DescriptorTarget?
    public var swift: SwiftTarget?

    public init(python: PythonTarget? = nil, go: GoTarget? = nil, node: NodeTarget? = nil,
                descriptor: DescriptorTarget? = nil, swift: SwiftTarget? = nil) {
        self.python = python
        self.go = go
        self.node = node
        self.descriptor = descriptor
        self.swift = swift
    }

    /// What a manifest without `targets` builds.
    public static let `default` = Targets(descriptor: DescriptorTarget())

    /// The target names a manifest may use, in the order builds run them.
    public static let knownNames = ["python", "go", "node", "swift", "descriptor"]

    /// The names of the targets that are set, in the order of `knownNames`.
    public var names: [String] {
        var names: [String] = []
        if python != nil { names.append("python") }
        if go != nil { names.append("go") }
        if node != nil { names.append("node") }
        if swift != nil { names.append("swift") }
        if descriptor != nil { names.append("descriptor") }
        return names
    }

    /// Reads `targets:`. An empty map is taken at its word: no language targets.
    static func read(_ node: Node, reader: YAMLReader) throws -> Targets {
        let fields = try reader.fields(node, path: "targets", what: "\"targets\"", known: knownNames, noun: "target")
        var targets = Targets()
        // Entries are read directly rather than through `fields[...]`, which drops null values:
        // `descriptor:` with nothing after it still selects the target.
        for entry in fields.entries {
            switch entry.key {
            case "python": targets.python = try PythonTarget.read(entry.value, reader: reader)
            case "go": targets.go = try GoTarget.read(entry.value, reader: reader)
            case "node": targets.node = try NodeTarget.read(entry.value, reader: reader)
            case "swift": targets.swift = try SwiftTarget.read(entry.value, reader: reader)
            default: targets.descriptor = try DescriptorTarget.read(entry.value, reader: reader)
            }
        }
        return targets
    }
}
