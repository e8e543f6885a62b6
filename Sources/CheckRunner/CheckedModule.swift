import Foundation
import ProtoCompiler
import ProtoModule
import ProtoSchema
import ProtopkgBasics

/// A module compiled for checks: its schema (own files as targets, imports for lookups) and the
/// mapping from import paths to the module-relative paths that findings print.
public struct CheckedModule {
    public let workspace: ModuleWorkspace
    public let schema: Schema
    /// The resolvers the module was compiled with, to read a file's text by import path.
    let sources: [ImportResolver]

    /// A file's text by import path (the module's own files and its dependencies').
    public func sourceText(_ importPath: String) -> String? {
        sources.lazy.compactMap { $0.read(importPath) }.first.map { String(decoding: $0, as: UTF8.self) }
    }

    public static func load(_ directory: String, toolchain: Toolchain = Toolchain()) throws -> CheckedModule {
        try compile(try ModuleWorkspace.load(directory), toolchain: toolchain)
    }

    public static func compile(_ ws: ModuleWorkspace, toolchain: Toolchain = Toolchain()) throws -> CheckedModule {
        let sources = try ws.importResolvers()
        let compiled = try toolchain.frontEnd().compile(CompileRequest(sources: sources, files: ws.files))
        return CheckedModule(workspace: ws, schema: Schema(try compiled.descriptorSet(), targets: Set(ws.files)), sources: sources)
    }

    /// The module and the release it is compared with, compiled side by side (two protoc runs on
    /// two cores) when the reference allows it.
    public static func loadWithPrevious(_ directory: String, against reference: AgainstReference,
                                        toolchain: Toolchain = Toolchain(),
                                        registry: RegistryBundleSource? = nil) throws -> (CheckedModule, PreviousRelease) {
        let ws = try ModuleWorkspace.load(directory)
        if case .descriptorSet = reference {
            let current = try compile(ws, toolchain: toolchain)
            return (current, try PreviousRelease.load(reference, current: current, toolchain: toolchain, registry: registry))
        }
        final class Slot: @unchecked Sendable { var result: Result<PreviousRelease, Error>? }
        let slot = Slot()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            slot.result = Result { try PreviousRelease.load(reference, workspace: ws, toolchain: toolchain, registry: registry) }
        }
        let current = Result { try compile(ws, toolchain: toolchain) }
        group.wait()
        // The module's own errors come first: they are what the person is working on.
        return (try current.get(), try slot.result!.get())
    }

    nonisolated(unsafe) private static var retained: [Any] = []

    /// Keeps large schemas alive until the process exits: freeing millions of descriptor
    /// objects one by one costs a noticeable part of a run, and the exit frees them at once.
    public static func keepUntilExit(_ objects: Any...) { retained += objects }

    /// `acme/v1/a.proto` → `proto/acme/v1/a.proto` for a module whose root is `proto`.
    public func displayPath(_ importPath: String) -> String {
        let roots = workspace.manifest.roots
        let root = roots.first { FileSystem.exists("\(workspace.directory)/\($0)/\(importPath)") } ?? roots.first ?? "."
        return root == "." || root.isEmpty ? importPath : "\(root)/\(importPath)"
    }
}
