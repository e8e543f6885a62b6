import Foundation
import SwiftProtobuf

/// One `.proto` file with its elements indexed.
public final class SchemaFile {
    public let descriptor: Google_Protobuf_FileDescriptorProto
    /// The import path (`acme/user/v1/user.proto`).
    public let path: String
    public let package: String
    /// `proto2`, `proto3` or `editions`.
    public let syntax: String
    /// True for files of the module being checked; false for imports.
    public let isTarget: Bool
    public private(set) var messages: [SchemaMessage] = []
    public private(set) var enums: [SchemaEnum] = []
    public private(set) var services: [SchemaService] = []
    /// Extensions declared at file level.
    public private(set) var extensions: [SchemaField] = []
    /// Every message of the file, nested ones included, in declaration order (depth first).
    public private(set) var allMessages: [SchemaMessage] = []
    /// Every enum of the file, nested ones included.
    public private(set) var allEnums: [SchemaEnum] = []
    /// `dependency` entries with their kind (made once: the checks ask for them per file and per
    /// import followed).
    public private(set) var imports: [SchemaImport] = []
    /// Built on first use, under `indexLock`: checks run on several threads.
    private var locationIndex: LocationIndex?
    private let indexLock = NSLock()
    /// The file's source info when the descriptor leaves it out (`Schema.sourceInfo`).
    private let sourceInfo: Schema.SourceInfoProvider?

    init(_ descriptor: Google_Protobuf_FileDescriptorProto, isTarget: Bool, sourceInfo: Schema.SourceInfoProvider? = nil) {
        self.descriptor = descriptor
        self.sourceInfo = sourceInfo
        path = descriptor.name
        package = descriptor.package
        syntax = descriptor.syntax.isEmpty ? "proto2" : descriptor.syntax
        self.isTarget = isTarget
        let F = DescriptorPath.File.self
        for (i, m) in descriptor.messageType.enumerated() {
            let message = SchemaMessage(m, file: self, parent: nil, path: [F.messageType, Int32(i)])
            messages.append(message)
        }
        for (i, e) in descriptor.enumType.enumerated() {
            enums.append(SchemaEnum(e, file: self, parent: nil, path: [F.enumType, Int32(i)]))
        }
        for (i, s) in descriptor.service.enumerated() {
            services.append(SchemaService(s, file: self, path: [F.service, Int32(i)]))
        }
        for (i, x) in descriptor.extension.enumerated() {
            extensions.append(SchemaField(x, file: self, message: nil, path: [F.extension, Int32(i)]))
        }
        func walk(_ m: SchemaMessage) {
            allMessages.append(m)
            allEnums += m.enums
            m.messages.forEach(walk)
        }
        allEnums = enums
        messages.forEach(walk)
        imports = descriptor.dependency.enumerated().map { i, dep in
            SchemaImport(path: dep, isPublic: descriptor.publicDependency.contains(Int32(i)),
                         isWeak: descriptor.weakDependency.contains(Int32(i)), file: self,
                         path_: [DescriptorPath.File.dependency, Int32(i)])
        }
    }

    /// Every extension of the file, nested ones included.
    public var allExtensions: [SchemaField] { extensions + allMessages.flatMap(\.extensions) }

    public var hasSourceInfo: Bool { descriptor.hasSourceCodeInfo || sourceInfo != nil }

    /// The file's SourceCodeInfo, wherever it is kept: in the descriptor, or with the schema's
    /// provider (empty when there is none).
    public var sourceCodeInfo: Google_Protobuf_SourceCodeInfo {
        descriptor.hasSourceCodeInfo ? descriptor.sourceCodeInfo : sourceInfo?(path) ?? Google_Protobuf_SourceCodeInfo()
    }

    /// Whether two files have the same descriptor, source info included, wherever each keeps it
    /// (a release decoded from a bundle keeps it in the descriptor; the native compiler's values
    /// keep it apart).
    public func isIdentical(to other: SchemaFile) -> Bool {
        var a = descriptor, b = other.descriptor
        a.clearSourceCodeInfo()
        b.clearSourceCodeInfo()
        return a == b && sourceCodeInfo == other.sourceCodeInfo
    }

    /// The span recorded for any descriptor path of this file (an option: `[8, 11]`).
    public func span(_ path: [Int32]) -> SourceSpan? { index().span(path) }
    func comments(_ path: [Int32]) -> ElementComments { index().comments(path) }
    /// The span of a path inside an option value, with buf's fallbacks (see `LocationIndex.nearestSpan`),
    /// and the path whose span it is.
    public func nearestSpan(_ path: [Int32], minimumLength: Int) -> (path: [Int32], span: SourceSpan)? {
        index().nearestSpan(path, minimumLength: minimumLength)
    }
    /// Every recorded location whose path starts with `prefix` (each statement of an option), in file order.
    public func locations(under prefix: [Int32]) -> [(path: [Int32], span: SourceSpan)] { index().locations(under: prefix) }
    /// The comments recorded for any descriptor path of this file.
    public func comments(at path: [Int32]) -> ElementComments { index().comments(path) }

    /// The span of the file's `syntax` (or `edition`) statement, or of its package statement.
    public func span(of part: Int32) -> SourceSpan? { span([part]) }

    private func index() -> LocationIndex {
        indexLock.lock()
        defer { indexLock.unlock() }
        if let locationIndex { return locationIndex }
        let built = LocationIndex(descriptor.hasSourceCodeInfo ? descriptor.sourceCodeInfo
                                  : sourceInfo?(path) ?? descriptor.sourceCodeInfo)
        locationIndex = built
        return built
    }
}
