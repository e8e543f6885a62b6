// swift-tools-version:6.1
import PackageDescription

// The protoc plugins of the swift target, built from source by scripts/swift-plugins.sh
// (never committed as binaries): protoc-gen-swift from apple/swift-protobuf and
// protoc-gen-grpc-swift-2 from grpc/grpc-swift-protobuf. The exact versions pin what the
// generated code looks like; the stubs' Package.swift asks for the same runtimes.
let package = Package(
    name: "protopkg-swift-plugins",
    dependencies: [
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf", exact: "2.4.1"),
    ],
    targets: []
)
