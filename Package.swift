// swift-tools-version:6.0
import PackageDescription

// Layers (DESIGN.md §4): commands → server → services → model → compiler → native → basics.
// A target depends only on targets of lower layers, and declares exactly what its sources import.

/// The compiler and the checks in release builds: no run-time exclusivity checks, which took a
/// fifth of a googleapis compile (bench/RESULTS.md). Debug builds, which every test runs, keep
/// them, so a violation is still caught there.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

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
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // native: the only code that touches libgit2, libcurl and libarchive
        // (their headers come from the Debian -dev packages; the libraries are opened on first use)
        .target(name: "CNativeLoader"),
        .target(name: "CGit2", dependencies: ["CNativeLoader"]),
        .target(name: "CArchive", dependencies: ["CNativeLoader"]),
        .target(name: "CCurl", dependencies: ["CNativeLoader"]),

        // basics
        .target(name: "ProtopkgBasics", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // native wrappers
        .target(name: "GitRepository", dependencies: ["CGit2", "ProtopkgBasics"]),
        .target(name: "ArchiveKit", dependencies: ["CArchive", "ProtopkgBasics"]),
        .target(name: "HTTPTransport", dependencies: ["CCurl", "ProtopkgBasics"]),

        // compiler
        .target(name: "ProtoCompiler", dependencies: [
            "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ], swiftSettings: hotPath),

        // model
        .target(name: "ProtoSchema", dependencies: [
            "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ], swiftSettings: hotPath),
        .target(name: "CEL"),
        .target(name: "ProtoChecks", dependencies: [
            "CEL", "ProtoPackaging", "ProtoSchema", "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ], swiftSettings: hotPath),
        .target(name: "ProtoPackaging", dependencies: [
            "ProtopkgBasics",
            .product(name: "Yams", package: "Yams"),
        ]),

        // services
        .target(name: "ProtoBundle", dependencies: [
            "ArchiveKit", "ProtoPackaging", "ProtoSchema", "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),
        .target(name: "ProtoModule", dependencies: [
            "GitRepository", "ProtoBundle", "ProtoCompiler", "ProtoPackaging", "ProtopkgBasics",
        ]),
        .target(name: "CheckRunner", dependencies: [
            "GitRepository", "ProtoBundle", "ProtoChecks", "ProtoCompiler", "ProtoModule", "ProtoPackaging", "ProtoSchema",
            "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),
        .target(name: "CodeGen", dependencies: [
            "ArchiveKit", "ProtoBundle", "ProtoCompiler", "ProtoModule", "ProtoPackaging", "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),
        .target(name: "RegistryCore", dependencies: [
            "ArchiveKit", "ProtoBundle", "ProtoChecks", "ProtoCompiler", "ProtoPackaging", "ProtoSchema", "ProtopkgBasics",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "PostgresKit", package: "postgres-kit"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
        ]),
        .target(name: "RegistryClient", dependencies: [
            "ArchiveKit", "CheckRunner", "CodeGen", "GitRepository", "HTTPTransport", "ProtoBundle", "ProtoModule", "ProtoPackaging",
            "ProtopkgBasics",
        ]),

        // server
        .target(name: "RegistryServer", dependencies: [
            "ArchiveKit", "ProtoBundle", "ProtoChecks", "ProtoPackaging", "ProtoSchema", "ProtopkgBasics", "RegistryClient",
            "RegistryCore",
            .product(name: "Ink", package: "Ink"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),

        // commands
        .target(name: "ProtopkgCommands", dependencies: [
            "CheckRunner", "CodeGen", "ProtoChecks", "ProtoCompiler", "ProtoModule", "ProtoPackaging", "ProtopkgBasics",
            "RegistryClient", "RegistryCore", "RegistryServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "protopkg", dependencies: ["ProtopkgCommands"]),
        // test support: the native compiler with protoc's flags, for the conformance scripts
        .executableTarget(name: "protopkg-compile-native", dependencies: [
            "ProtoCompiler", "ProtopkgBasics", .product(name: "SwiftProtobuf", package: "swift-protobuf")]),
        // test support: libFuzzer targets for the lexer, parser and linker (`make fuzz`); built
        // plainly it replays inputs
        .executableTarget(name: "protopkg-fuzz", dependencies: ["ProtoCompiler"]),

        // tests mirror sources
        .testTarget(name: "ProtopkgBasicsTests", dependencies: ["ProtopkgBasics"]),
        .testTarget(name: "CELTests", dependencies: ["CEL"]),
        .testTarget(name: "ProtoPackagingTests", dependencies: ["ProtoPackaging", "ProtopkgBasics"]),
        .testTarget(name: "ProtoSchemaTests", dependencies: ["ProtoSchema"]),
        .testTarget(name: "ProtoChecksTests", dependencies: [
            "CEL", "ProtoChecks", "ProtoCompiler", "ProtoPackaging", "ProtoSchema", "ProtopkgBasics",
        ]),
        .testTarget(name: "ArchiveKitTests", dependencies: ["ArchiveKit", "ProtopkgBasics"]),
        .testTarget(name: "GitRepositoryTests", dependencies: ["GitRepository", "CGit2", "CNativeLoader", "ProtopkgBasics"]),
        .testTarget(name: "HTTPTransportTests", dependencies: ["HTTPTransport", "ProtopkgBasics"]),
        .testTarget(name: "ProtoCompilerTests", dependencies: [
            "ProtoCompiler", "ProtopkgBasics",
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ], exclude: ["Invalid", "Format/Cases"]),
        .testTarget(name: "ProtoModuleTests", dependencies: ["ProtoModule", "ProtoPackaging", "ProtopkgBasics"]),
        .testTarget(name: "CheckRunnerTests", dependencies: [
            "CheckRunner", "ProtoChecks", "ProtoModule", "ProtoPackaging", "ProtopkgBasics",
        ]),
        .testTarget(name: "CodeGenTests", dependencies: [
            "ArchiveKit", "CodeGen", "ProtoBundle", "ProtoCompiler", "ProtoModule", "ProtoPackaging", "ProtopkgBasics",
        ]),
        .testTarget(name: "ProtopkgCommandsTests", dependencies: [
            "ProtopkgCommands",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "RegistryCoreTests", dependencies: [
            "ArchiveKit", "CodeGen", "ProtoBundle", "ProtoModule", "ProtoPackaging", "ProtopkgBasics", "RegistryCore",
            .product(name: "SQLKit", package: "sql-kit"),
        ]),
        .testTarget(name: "RegistryServerTests", dependencies: [
            "CodeGen", "ProtoModule", "ProtoPackaging", "ProtopkgBasics", "RegistryCore", "RegistryServer",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "SQLKit", package: "sql-kit"),
        ]),
        .testTarget(name: "RegistryClientTests", dependencies: [
            "ArchiveKit", "HTTPTransport", "ProtoBundle", "ProtoModule", "ProtoPackaging", "ProtopkgBasics", "RegistryClient",
        ]),
    ],
    swiftLanguageModes: [.v5]
)
