import Foundation
import ProtoPackaging

/// `descriptor: {}`: the compiled descriptor set with imports and source info, as
/// `OWNER-NAME-VERSION.binpb`. It needs no tool besides the compiler.
public struct DescriptorLanguageTarget: LanguageTarget {
    public var name: String { "descriptor" }

    public init() {}

    public func tools(_ context: BuildContext) throws -> NoTools { NoTools() }

    public func generate(_ context: BuildContext, tools: NoTools) throws -> (files: GeneratedFiles, regenerated: Int)? { nil }

    public func package(_ context: BuildContext, tools: NoTools, generated: GeneratedFiles?) throws -> [PackagedArtifact] {
        [PackagedArtifact(path: "\(context.stem).binpb", data: context.compiled.bytes)]
    }
}
