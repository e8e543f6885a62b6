// swift-tools-version:6.0
import PackageDescription

// Layers (DESIGN.md §4): commands → server → services → model → compiler → native → basics.
// A target depends only on targets of lower layers.
let package = Package(
    name: "protopkg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "protopkg", targets: ["protopkg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // native: the only code that touches libgit2, libcurl and libarchive
        .systemLibrary(name: "CGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),

        // basics
        .target(name: "ProtopkgBasics", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // native wrappers
        .target(name: "GitRepository", dependencies: ["CGit2", "ProtopkgBasics"]),
        .target(name: "ArchiveKit", dependencies: ["CArchive", "ProtopkgBasics"]),
        .target(name: "HTTPTransport", dependencies: ["CCurl", "ProtopkgBasics"]),

        // compiler
        .target(name: "ProtoCompiler", dependencies: [
            "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),

        // model
        .target(name: "ProtoSchema", dependencies: [
            "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),
        .target(name: "CEL"),
        .target(name: "ProtoChecks", dependencies: [
            "CEL",
            "ProtoSchema", "ProtoPackaging", "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),
        .target(name: "ProtoPackaging", dependencies: [
            "ProtopkgBasics",
            .product(name: "Yams", package: "Yams"),
        ]),

        // services
        .target(name: "CodeGen", dependencies: [
            "ProtopkgBasics", "ProtoCompiler", "ProtoPackaging", "ProtoSchema", "ProtoChecks", "ArchiveKit", "GitRepository",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),

        .target(name: "RegistryCore", dependencies: [
            "ProtopkgBasics", "ProtoPackaging", "ProtoSchema", "ProtoChecks", "ProtoCompiler", "CodeGen", "ArchiveKit",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
        ]),
        .target(name: "RegistryClient", dependencies: ["ProtopkgBasics", "ProtoPackaging", "HTTPTransport", "CodeGen", "ArchiveKit"]),

        // server
        .target(name: "RegistryServer", dependencies: [
            "RegistryCore", "ProtopkgBasics", "ProtoPackaging",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),

        // commands
        .target(name: "ProtopkgCommands", dependencies: [
            "ProtopkgBasics", "ProtoCompiler", "ProtoPackaging", "ProtoSchema", "ProtoChecks", "CodeGen",
            "RegistryCore", "RegistryServer", "RegistryClient",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "protopkg", dependencies: ["ProtopkgCommands"]),
        // test support: the native compiler with protoc's flags, for the conformance scripts
        .executableTarget(name: "protopkg-compile-native", dependencies: ["ProtoCompiler", "ProtopkgBasics"]),

        // tests mirror sources
        .testTarget(name: "ProtopkgBasicsTests", dependencies: ["ProtopkgBasics"]),
        .testTarget(name: "CELTests", dependencies: ["CEL"]),
        .testTarget(name: "ProtoPackagingTests", dependencies: ["ProtoPackaging"]),
        .testTarget(name: "ProtoSchemaTests", dependencies: ["ProtoSchema", "ProtoCompiler"]),
        .testTarget(name: "ProtoChecksTests", dependencies: ["ProtoChecks", "ProtoSchema", "ProtoCompiler", "ProtoPackaging"]),
        .testTarget(name: "ArchiveKitTests", dependencies: ["ArchiveKit"]),
        .testTarget(name: "GitRepositoryTests", dependencies: ["GitRepository"]),
        .testTarget(name: "HTTPTransportTests", dependencies: ["HTTPTransport"]),
        .testTarget(name: "ProtoCompilerTests", dependencies: ["ProtoCompiler"], exclude: ["Invalid", "Format/Cases"]),
        .testTarget(name: "CodeGenTests", dependencies: ["CodeGen", "ArchiveKit"]),
        .testTarget(name: "ProtopkgCommandsTests", dependencies: ["ProtopkgCommands"]),
        .testTarget(name: "RegistryCoreTests", dependencies: ["RegistryCore", "CodeGen", "ProtoPackaging", "ArchiveKit"]),
        .testTarget(name: "RegistryServerTests", dependencies: [
            "RegistryServer", "RegistryCore", "CodeGen", "ProtoPackaging",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "RegistryClientTests", dependencies: [
            "RegistryClient", "HTTPTransport", "CodeGen", "ProtoPackaging", "ArchiveKit", "ProtopkgBasics",
        ]),
    ],
    swiftLanguageModes: [.v5]
)
