import Foundation
import ProtoCompiler
import ProtoModule
import ProtoSchema
import ProtoPackaging
import SwiftProtobuf
import ProtopkgBasics

/// A module compiled for checks: its schema (own files as targets, imports for lookups) and the
/// mapping from import paths to the module-relative paths that findings print.
public struct CheckedModule {
    public let workspace: ModuleWorkspace
    public let schema: Schema
    /// The resolvers the module was compiled with, to read a file's text by import path.
    let sources: [ImportResolver]
    /// What `schema` was built from, to build views of it that check only some of its files.
    let descriptorSet: Google_Protobuf_FileDescriptorSet

    /// A file's text by import path (the module's own files and its dependencies').
    public func sourceText(_ importPath: String) -> String? {
        sources.lazy.compactMap { $0.read(importPath) }.first.map { String(decoding: $0, as: UTF8.self) }
    }

    public static func load(_ directory: String, toolchain: Toolchain = Toolchain()) throws -> CheckedModule {
        try compile(try ModuleWorkspace.load(directory), toolchain: toolchain)
    }

    /// `sourceInfo: false` leaves out places and comments (see `PreviousRelease.Use.breaking`).
    public static func compile(_ ws: ModuleWorkspace, toolchain: Toolchain = Toolchain(), sourceInfo: Bool = true) throws -> CheckedModule {
        let sources = try ws.importResolvers()
        let compiled = try toolchain.frontEnd().compile(CompileRequest(sources: sources, files: ws.files, includeSourceInfo: sourceInfo,
                                                                                   output: .descriptors))
        let set = try compiled.descriptorSet()
        return CheckedModule(workspace: ws, schema: Schema(set, targets: Set(ws.files), sourceInfo: compiled.sourceInfoProvider),
                             sources: sources, descriptorSet: set)
    }

    /// The module and the release it is compared with, compiled side by side (two protoc runs on
    /// two cores) when the reference allows it.
    public static func loadWithPrevious(_ directory: String, against reference: AgainstReference,
                                        toolchain: Toolchain = Toolchain(),
                                        registry: RegistryBundleSource? = nil,
                                        use: PreviousRelease.Use = .everything) throws -> (CheckedModule, PreviousRelease) {
        let ws = try ModuleWorkspace.load(directory)
        if case .descriptorSet = reference {
            let current = try compile(ws, toolchain: toolchain)
            return (current, try PreviousRelease.load(reference, current: current, toolchain: toolchain, registry: registry))
        }
        final class Slot: @unchecked Sendable { var result: Result<PreviousRelease, Error>? }
        let slot = Slot()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            slot.result = Result { try PreviousRelease.load(reference, workspace: ws, toolchain: toolchain, registry: registry, use: use) }
        }
        let current = Result { try compile(ws, toolchain: toolchain) }
        group.wait()
        // The module's own errors come first: they are what the person is working on.
        return (try current.get(), try slot.result!.get())
    }

    /// Keeps large schemas alive until the process exits: freeing millions of descriptor
    /// objects one by one costs a noticeable part of a run, and the exit frees them at once.
    public static func keepUntilExit(_ objects: Any...) { Disposal.keep(objects) }

    /// `acme/v1/a.proto` → `proto/acme/v1/a.proto` for a module whose root is `proto`: the path
    /// relative to the manifest's directory, which `ignore` paths are matched against. A file that
    /// is not the module's own (an import, a file of the previous release) is looked for under
    /// each root, else placed under the first.
    public func manifestPath(_ importPath: String) -> String {
        let root = workspace.rootOfFile[importPath]
            ?? workspace.manifest.roots.first { FileSystem.exists("\(workspace.directory)/\($0)/\(importPath)") }
            ?? workspace.manifest.roots.first ?? "."
        return SourceModule.join(root, importPath)
    }

    /// The path findings print: relative to the directory the command was given.
    public func displayPath(_ importPath: String) -> String {
        workspace.displayPath(fromManifestDirectory: manifestPath(importPath))
    }

    /// The same compiled module with only `targets` checked (one source module of a workspace).
    func schema(checking targets: Set<String>) -> Schema {
        targets == Set(workspace.files) ? schema : Schema(descriptorSet, targets: targets, sourceInfo: schema.sourceInfo)
    }
}
