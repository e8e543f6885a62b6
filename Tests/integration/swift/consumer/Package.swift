// swift-tools-version:6.0
// The Swift half of protopkg's end-to-end test: a service that takes its stubs from the
// registry by identity (`acme.billing-protos`, which brings `acme.common-protos` with it) and
// calls the Python InvoiceService over gRPC. Tests/integration/swift.sh resolves and builds it.
import PackageDescription

let package = Package(
    name: "InvoiceClient",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(id: "acme.billing-protos", from: "1.0.0"),
        .package(url: "https://github.com/grpc/grpc-swift-2.git", from: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport.git", from: "2.9.2"),
    ],
    targets: [
        .executableTarget(
            name: "InvoiceClient",
            dependencies: [
                .product(name: "AcmeBillingProtos", package: "acme.billing-protos"),
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
            ]
        ),
    ]
)
