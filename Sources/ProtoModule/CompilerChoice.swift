/// Which front end compiles `.proto` sources: protopkg's own compiler (the default; it needs
/// nothing installed), or protoc as a child process (`--compiler protoc`), kept as the oracle
/// the native compiler is tested against and for anyone who wants protoc's own word.
public enum CompilerChoice: String, CaseIterable, Sendable {
    case native
    case protoc
}
