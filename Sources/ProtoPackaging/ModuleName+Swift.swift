import ProtopkgBasics

/// The names a module's Swift package goes by.
///
/// The registry identity is `SCOPE.NAME` by the Swift Package Registry specification (§3.6):
/// a scope is letters, digits and single inner hyphens, at most 39 characters; a name is letters,
/// digits and single inner `-` or `_`, at most 100. A module name `owner/name` allows runs of
/// hyphens and 64 characters a part, so runs are folded into one hyphen (`acme--labs/x` →
/// `acme-labs.x-protos`) and an owner still longer than 39 characters is refused.
extension ModuleName {
    /// The longest package scope the specification allows.
    public static let maxSwiftScopeLength = 39

    /// `owner`, folded to a valid package scope.
    public func swiftPackageScope() throws -> String {
        let scope = Self.foldHyphens(owner)
        guard scope.count <= Self.maxSwiftScopeLength else {
            throw ProtopkgError(
                "module \(self) has no Swift package identity: its owner \"\(owner)\" is \(scope.count) characters long "
                    + "and a Swift package registry scope holds at most \(Self.maxSwiftScopeLength)",
                hint: "use a shorter owner, or leave the swift target out of this module's manifest")
        }
        return scope
    }

    /// `NAME-protos`, folded to a valid package name (always short enough: 64 + 7 < 100).
    public var swiftPackageName: String { Self.foldHyphens(name) + "-protos" }

    /// `owner.name-protos`: what `.package(id:)` names and the registry serves under `/swift/`.
    public func swiftPackageIdentity() throws -> String { "\(try swiftPackageScope()).\(swiftPackageName)" }

    /// The Swift module (and library product) of the stubs: the parts of owner and name in upper
    /// camel case, then `Protos` (`acme/billing` → `AcmeBillingProtos`, `acme/fresh-start` →
    /// `AcmeFreshStartProtos`); an underscore goes first when the owner starts with a digit,
    /// since an identifier cannot.
    public var swiftModuleName: String {
        let parts = (owner.split(separator: "-") + name.split(separator: "-")).map { part in
            part.prefix(1).uppercased() + part.dropFirst()
        }
        let joined = parts.joined() + "Protos"
        return joined.first?.isNumber == true ? "_" + joined : joined
    }

    static func foldHyphens(_ text: String) -> String {
        var out = ""
        for c in text where !(c == "-" && out.last == "-") { out.append(c) }
        return out
    }
}
