import ProtoPackaging

/// Which npm package holds the generated module of each `.proto` file that the package being
/// built imports from its dependencies. Any imported file missing here (the well-known types,
/// or a file found on an include path) is generated into the package itself.
public struct NodePackageMapping: Sendable, Equatable {
    /// Import path (`acme/common/v1/money.proto`) → npm package name (`@acme/common-protos`).
    public var packageOfFile: [String: String]

    public init(packageOfFile: [String: String] = [:]) {
        self.packageOfFile = packageOfFile
    }

    /// Every file of each dependency module, mapped to that module's package.
    public init(dependencies: [(module: ModuleName, files: [String])]) {
        var map: [String: String] = [:]
        for dep in dependencies {
            for f in dep.files { map[f] = Self.packageName(dep.module) }
        }
        self.init(packageOfFile: map)
    }

    /// `@owner/name-protos`, the npm package of a module.
    public static func packageName(_ module: ModuleName) -> String {
        "@\(module.owner)/\(module.name)-protos"
    }
}
