import Foundation
import ProtopkgBasics

/// The native front end: `.proto` sources to the descriptor set protoc 35 writes, in process,
/// with the well-known types built in. Errors are thrown as findings of type COMPILE, at the
/// file, line and column protoc reports.
public struct NativeFrontEnd: CompilerFrontEnd {
    /// What bundles record as the compiler.
    public static let version = "protopkg native compiler (protoc 35.1 compatible)"

    /// Findings worded as protoc words them (the conformance tests compare them with protoc's),
    /// rather than as protopkg prints them to people.
    public let protocWording: Bool

    public init(protocWording: Bool = false) {
        self.protocWording = protocWording
    }

    public func compile(_ request: CompileRequest) throws -> CompileResult {
        let compilation = NativeCompilation(request: request)
        var findings = compilation.run()
        if !findings.isEmpty {
            Disposal.release(compilation)
            if !protocWording { findings = ProtocDiagnostics.mergingMissingImports(findings) }
            throw CompileFailure.error(findings)
        }
        switch request.output {
        case .serialized:
            // Freeing every descriptor and AST takes a while; it need not delay the caller.
            defer { Disposal.release(compilation) }
            return CompileResult(bytes: compilation.descriptorSet(), files: request.files, compilerVersion: NativeFrontEnd.version)
        case .descriptors:
            // The result keeps the compilation, which alone can write its bytes.
            return CompileResult(descriptors: try compilation.descriptorProtos(), files: request.files,
                                 compilerVersion: NativeFrontEnd.version, encoder: compilation,
                                 sourceInfo: request.includeSourceInfo)
        }
    }
}
