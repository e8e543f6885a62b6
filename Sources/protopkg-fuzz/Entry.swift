import Foundation

// Built with `-sanitize=fuzzer -DFUZZING` (`make fuzz`), this is a libFuzzer target: libFuzzer
// owns `main` and calls the entry point below with each input (scripts/fuzz.sh links it
// itself: SwiftPM would point `main` at a Swift entry point this build does not have). Built
// plainly (as `swift build` does), it replays files: `protopkg-fuzz lexer|parser|linker FILE...`
// runs each through the target, so a crash input found by fuzzing can be reproduced.

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.selected.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#else
@main
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let first = arguments.first, let target = FuzzTarget(rawValue: first) else {
            FileHandle.standardError.write(Data("usage: protopkg-fuzz lexer|parser|linker FILE...\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes { raw in target.run(raw.bindMemory(to: UInt8.self)) }
            print("ok \(path)")
        }
    }
}
#endif
