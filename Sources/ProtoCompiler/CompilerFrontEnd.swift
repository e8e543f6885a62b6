/// Turns `.proto` sources into descriptors. Everything above the compiler layer uses this
/// protocol and never learns which implementation it talks to.
public protocol CompilerFrontEnd: Sendable {
    /// Throws `ProtopkgError` whose `findings` carry each compile error as `file:line:col`.
    func compile(_ request: CompileRequest) throws -> CompileResult
}
