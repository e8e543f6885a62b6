import Foundation
import ProtoCompiler
import ProtoSchema
import ProtopkgBasics

/// A module compiled for checks: its schema (own files as targets, imports for lookups) and the
/// mapping from import paths to the module-relative paths that findings print.
public struct CheckedModule {
    public let workspace: ModuleWorkspace
    public let schema: Schema

    public static func load(_ directory: String, toolchain: Toolchain = Toolchain()) throws -> CheckedModule {
        let ws = try ModuleWorkspace.load(directory)
        let compiled = try toolchain.frontEnd().compile(CompileRequest(sources: try ws.importResolvers(), files: ws.files))
        return CheckedModule(workspace: ws, schema: Schema(try compiled.descriptorSet(), targets: Set(ws.files)))
    }

    /// `acme/v1/a.proto` → `proto/acme/v1/a.proto` for a module whose root is `proto`.
    public func displayPath(_ importPath: String) -> String {
        let roots = workspace.manifest.roots
        let root = roots.first { FileSystem.exists("\(workspace.directory)/\($0)/\(importPath)") } ?? roots.first ?? "."
        return root == "." || root.isEmpty ? importPath : "\(root)/\(importPath)"
    }
}
