import Foundation
import ProtopkgBasics
import SwiftProtobuf

/// Decides the Go import path and package name of every file the Go plugins see, and passes
/// them as `M` options (which win over `go_package`, as in buf's managed mode):
///
/// - a file without `go_package` lives at `<go module>[/vN]/<proto directory>`, package
///   `<parent><leaf>` for versioned directories (`acme/billing/v1` → `billingv1`);
/// - a file whose `go_package` lies in its module's Go module path gets the module's `/vN` from
///   major version 2 (Go's import compatibility rule: `example.com/acme/ledger/acme/ledger/v1`
///   becomes `example.com/acme/ledger/v2/acme/ledger/v1`), keeping its package name. The same
///   rewrite applies to the files of dependency modules, at the major their range asks for, so
///   imports between modules agree with the paths each module's own build wrote.
public struct GoPackageMapping: Sendable {
    /// A Go module: its path as the manifest writes it (no `/vN`) and the major version built.
    public struct Module: Sendable, Equatable {
        public var base: String
        public var major: Int
        public init(base: String, major: Int) {
            self.base = base
            self.major = major
        }
        /// The module path Go sees: `base`, or `base/vN` from major 2.
        public var path: String { GoPackageMapping.modulePath(base, major: major) }
    }

    /// Source file import path → the Go module that holds it.
    public var moduleOfFile: [String: Module]
    /// The files this build generates: a `go_package` of theirs outside their Go module is an
    /// error (protoc-gen-go could not place the output in the module zip).
    public var ownFiles: Set<String>

    public init(moduleOfFile: [String: Module], ownFiles: Set<String> = []) {
        self.moduleOfFile = moduleOfFile
        self.ownFiles = ownFiles
    }

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

    /// `go_package` as written → (import path, package name or nil).
    static func split(goPackage: String) -> (path: String, name: String?) {
        guard let semicolon = goPackage.firstIndex(of: ";") else { return (goPackage, nil) }
        return (String(goPackage[..<semicolon]), String(goPackage[goPackage.index(after: semicolon)...]))
    }

    /// The import path `path` (which lies in `module.base`) as it is at `module.major`: `/vN`
    /// right after the module path, replacing the suffix of another major (`/v2` at major 3).
    /// nil when `path` is not in the module.
    static func versioned(_ path: String, in module: Module) -> String? {
        guard path == module.base || path.hasPrefix(module.base + "/") else { return nil }
        guard module.major >= 2 else { return path }
        var rest = String(path.dropFirst(module.base.count))
        if let first = rest.split(separator: "/").first, Self.isMajorSuffix(first) {
            rest = String(rest.dropFirst(first.count + 1))
        }
        return module.path + rest
    }

    static func isMajorSuffix(_ element: Substring) -> Bool {
        guard element.count > 1, element.first == "v", let n = Int(element.dropFirst()) else { return false }
        return n >= 2 && element.dropFirst().first != "0"
    }

    /// `M` options for the Go plugins.
    public func options(for set: Google_Protobuf_FileDescriptorSet) throws -> [String] {
        var options: [String] = []
        for file in set.file {
            guard let module = moduleOfFile[file.name] else {
                guard file.options.hasGoPackage else {
                    throw ProtopkgError("\(file.name) has no go_package option and belongs to no module with a go target",
                                        hint: "add a `go: { module: ... }` target to the manifest of the module that holds it")
                }
                continue
            }
            guard file.options.hasGoPackage else {
                let dir = (file.name as NSString).deletingLastPathComponent
                let importPath = dir.isEmpty ? module.path : "\(module.path)/\(dir)"
                options.append("M\(file.name)=\(importPath);\(Self.packageName(forDirectory: dir.isEmpty ? module.base : dir))")
                continue
            }
            let (path, name) = Self.split(goPackage: file.options.goPackage)
            guard let rewritten = Self.versioned(path, in: module) else {
                if ownFiles.contains(file.name) {
                    throw ProtopkgError("\(file.name) sets go_package \"\(file.options.goPackage)\", which is outside the Go module \(module.base)",
                                        hint: "set go_package to a path under \(module.base), or remove it and let protopkg derive one")
                }
                continue
            }
            guard rewritten != path else { continue }
            // The package name stays what go_package gave (or what Go would derive from the path
            // as written): the /vN element is part of the path, not of the name.
            let packageName = name ?? Self.goName(lastElementOf: path)
            options.append("M\(file.name)=\(rewritten);\(packageName)")
        }
        return options
    }

    /// The package name Go derives from an import path: its last element, cleaned to an identifier.
    static func goName(lastElementOf path: String) -> String {
        let element = path.split(separator: "/").last.map(String.init) ?? path
        let cleaned = element.map { $0.isLetter || $0.isNumber ? $0 : "_" }
        let name = String(cleaned)
        return name.first?.isNumber == true ? "_" + name : name
    }
}
