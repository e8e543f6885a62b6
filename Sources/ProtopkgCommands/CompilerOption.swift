import ArgumentParser
import ProtoModule

extension CompilerChoice: ExpressibleByArgument {}

/// `--compiler native|protoc`, on every command that compiles sources.
struct CompilerOption: ParsableArguments {
    @Option(help: "The compiler: native (built in, the default) or protoc (PROTOPKG_PROTOC, else the newest protoc on PATH).")
    var compiler: CompilerChoice = .native

    var toolchain: Toolchain { Toolchain(compiler: compiler) }
}
