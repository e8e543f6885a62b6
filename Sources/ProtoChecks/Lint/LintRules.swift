/// Every lint rule, in buf's order of categories. A test fails when a file under Rules/Lint/ is
/// missing from this list. Keep each group sorted by ID.
public enum LintRules {
    public static let all: [any LintRule.Type] = minimalAndBasic + standardCommentsAndUnary

    /// MINIMAL and BASIC.
    static let minimalAndBasic: [any LintRule.Type] = [
        DirectorySamePackage.self,
        EnumFirstValueZero.self,
        EnumNoAllowAlias.self,
        EnumPascalCase.self,
        EnumValueUpperSnakeCase.self,
        FieldLowerSnakeCase.self,
        FieldNotRequired.self,
        ImportNoPublic.self,
        ImportUsed.self,
        MessagePascalCase.self,
        OneofLowerSnakeCase.self,
        PackageDefined.self,
        PackageDirectoryMatch.self,
        PackageLowerSnakeCase.self,
        PackageNoImportCycle.self,
        PackageSameCsharpNamespace.self,
        PackageSameDirectory.self,
        PackageSameGoPackage.self,
        PackageSameJavaMultipleFiles.self,
        PackageSameJavaPackage.self,
        PackageSamePhpNamespace.self,
        PackageSameRubyPackage.self,
        PackageSameSwiftPrefix.self,
        RpcPascalCase.self,
        ServicePascalCase.self,
        SyntaxSpecified.self,
    ]

    /// STANDARD-only, COMMENTS, UNARY_RPC, and rules in no category.
    static let standardCommentsAndUnary: [any LintRule.Type] = [
        CommentEnum.self,
        CommentEnumValue.self,
        CommentField.self,
        CommentMessage.self,
        CommentOneof.self,
        CommentRpc.self,
        CommentService.self,
        EnumValuePrefix.self,
        EnumZeroValueSuffix.self,
        FileLowerSnakeCase.self,
        PackageVersionSuffix.self,
        Protovalidate.self,
        RpcNoClientStreaming.self,
        RpcNoServerStreaming.self,
        RpcRequestResponseUnique.self,
        RpcRequestStandardName.self,
        RpcResponseStandardName.self,
        ServiceSuffix.self,
        StablePackageNoImportUnstable.self,
    ]
}
