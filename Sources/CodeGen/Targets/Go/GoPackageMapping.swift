import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Decides the Go import path and package name of every file that has no `go_package` option:
/// files of a module live at `<go module>[/vN]/<proto directory>`, package `<parent><leaf>` for
/// versioned directories (`acme/billing/v1` → `billingv1`), as buf's managed mode names them.
public struct GoPackageMapping: Sendable {
    /// Source file import path → Go module path (with /vN) that holds it.
    public var moduleOfFile: [String: String]

    public init(moduleOfFile: [String: String]) { self.moduleOfFile = moduleOfFile }

    /// `example.com/acme/billing` at major 2 and above becomes `example.com/acme/billing/v2`.
    public static func modulePath(_ base: String, major: Int) -> String {
        major >= 2 ? "\(base)/v\(major)" : base
    }

    public static func packageName(forDirectory dir: String) -> String {
        let parts = dir.split(separator: "/").map(String.init)
        guard let leaf = parts.last else { return "protos" }
        let isVersion = leaf.range(of: #"^v\d+((alpha|beta|test)\d*)?$"#, options: .regularExpression) != nil
        let raw = isVersion && parts.count >= 2 ? parts[parts.count - 2] + leaf : leaf
        let cleaned = raw.lowercased().filter { $0.isLetter || $0.isNumber }
        return cleaned.first?.isLetter == true ? cleaned : "pb" + cleaned
    }

    /// `M` options for the Go plugins, for every file in the set without an explicit go_package.
    public func options(for set: Google_Protobuf_FileDescriptorSet) throws -> [String] {
        var options: [String] = []
        for file in set.file where !file.options.hasGoPackage {
            guard let module = moduleOfFile[file.name] else {
                throw ProtopkgError("\(file.name) has no go_package option and belongs to no module with a go target",
                                    hint: "add a `go: { module: ... }` target to the manifest of the module that holds it")
            }
            let dir = (file.name as NSString).deletingLastPathComponent
            let importPath = dir.isEmpty ? module : "\(module)/\(dir)"
            options.append("M\(file.name)=\(importPath);\(Self.packageName(forDirectory: dir.isEmpty ? module : dir))")
        }
        return options
    }
}
