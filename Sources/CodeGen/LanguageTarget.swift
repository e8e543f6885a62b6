import Foundation
import ProtopkgBasics

/// One language a build can produce, behind one interface so that `ModuleBuilder` knows no
/// language: what it needs from the toolchain (found before any work starts, so a missing tool
/// fails fast), what it generates from the descriptor set, and how it packages the result.
public protocol LanguageTarget {
    associatedtype Tools: TargetTools
    /// The manifest's key for this target (`python`, `go`, `descriptor`, ...).
    var name: String { get }
    /// Finds the tools the target runs; throws a `ProtopkgError` naming what is missing and how to get it.
    func tools(_ context: BuildContext) throws -> Tools
    /// The generated sources (stored in the bundle under `gen/<name>/`) and how many source
    /// files were regenerated rather than taken from the cache; nil for a target that
    /// generates nothing.
    func generate(_ context: BuildContext, tools: Tools) throws -> (files: GeneratedFiles, regenerated: Int)?
    /// The artifacts to write under the output directory.
    func package(_ context: BuildContext, tools: Tools, generated: GeneratedFiles?) throws -> [PackagedArtifact]
}

extension LanguageTarget {
    /// Finds the tools now and returns the rest of the work for later.
    func prepare(_ context: BuildContext) throws -> PreparedTarget {
        let tools = try tools(context)
        return PreparedTarget(name: name, stamps: tools.stamps, versions: tools.versions) {
            let generated = try generate(context, tools: tools)
            return (generated, try package(context, tools: tools, generated: generated?.files))
        }
    }
}
