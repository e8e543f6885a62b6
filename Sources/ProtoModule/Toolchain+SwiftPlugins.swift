import ProtopkgBasics

/// The protoc plugins of the swift target. Neither is packaged by Debian or PyPI: the
/// repository builds both from their Swift packages (`scripts/swift-plugins.sh`, run by
/// `make setup`), and anyone else points protopkg at their own builds.
extension Toolchain {
    /// protoc-gen-swift from apple/swift-protobuf: `$PROTOPKG_PROTOC_GEN_SWIFT`, else PATH.
    public func protocGenSwift() throws -> String {
        try swiftPlugin("protoc-gen-swift", variable: "PROTOPKG_PROTOC_GEN_SWIFT", package: "apple/swift-protobuf")
    }

    /// protoc-gen-grpc-swift-2 from grpc/grpc-swift-protobuf: `$PROTOPKG_PROTOC_GEN_GRPC_SWIFT`, else PATH.
    public func protocGenGRPCSwift() throws -> String {
        try swiftPlugin("protoc-gen-grpc-swift-2", variable: "PROTOPKG_PROTOC_GEN_GRPC_SWIFT",
                        package: "grpc/grpc-swift-protobuf")
    }

    private func swiftPlugin(_ name: String, variable: String, package: String) throws -> String {
        let wanted = environment[variable] ?? name
        guard let path = ProcessRunner.which(wanted, path: environment["PATH"]) else {
            let what = environment[variable] != nil ? "\(variable)=\(wanted) is not an executable" : "\(name) was not found on PATH"
            throw ProtopkgError("\(what) (needed by the swift target)",
                                hint: "build it from \(package) with `bash scripts/swift-plugins.sh` in the protopkg repository "
                                    + "(or `swift build -c release --product \(name)` in that package), then put it on PATH "
                                    + "or set \(variable) to its path")
        }
        return path
    }
}
