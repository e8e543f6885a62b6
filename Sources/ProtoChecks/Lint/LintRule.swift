import ProtoPackaging
import ProtoSchema

/// A lint rule. Each rule sees one kind of element: conform to one of the element protocols
/// below, whose `run` walks the schema and hands the rule every element of its kind.
public protocol LintRule: Sendable {
    static var info: RuleInfo { get }
    init()
    func run(_ schema: Schema, _ context: LintContext)
}

public protocol FileLintRule: LintRule { func check(_ file: SchemaFile, _ context: LintContext) }
/// Sees all checked files of one package at once.
public protocol PackageLintRule: LintRule { func check(package: String, files: [SchemaFile], _ context: LintContext) }
/// Sees the whole module (cross-package rules: directories, import cycles, RPC types).
public protocol ModuleLintRule: LintRule { func check(_ schema: Schema, _ context: LintContext) }
/// Messages, nested ones included; map entry messages (which no one writes) are skipped.
public protocol MessageLintRule: LintRule { func check(_ message: SchemaMessage, _ context: LintContext) }
/// Fields of messages (not of map entries), and extensions.
public protocol FieldLintRule: LintRule { func check(_ field: SchemaField, _ context: LintContext) }
/// Oneofs a person wrote (not the synthetic ones of proto3 `optional`).
public protocol OneofLintRule: LintRule { func check(_ oneof: SchemaOneof, _ context: LintContext) }
public protocol EnumLintRule: LintRule { func check(_ enumeration: SchemaEnum, _ context: LintContext) }
public protocol EnumValueLintRule: LintRule { func check(_ value: SchemaEnumValue, _ context: LintContext) }
public protocol ServiceLintRule: LintRule { func check(_ service: SchemaService, _ context: LintContext) }
public protocol MethodLintRule: LintRule { func check(_ method: SchemaMethod, _ context: LintContext) }

extension FileLintRule {
    public func run(_ schema: Schema, _ context: LintContext) { schema.files.forEach { check($0, context) } }
}
extension PackageLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for (name, files) in schema.packages { check(package: name, files: files, context) }
    }
}
extension ModuleLintRule {
    public func run(_ schema: Schema, _ context: LintContext) { check(schema, context) }
}
extension MessageLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files { for m in f.allMessages where !m.isMapEntry { check(m, context) } }
    }
}
extension FieldLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files {
            for m in f.allMessages where !m.isMapEntry { m.fields.forEach { check($0, context) } }
            f.allExtensions.forEach { check($0, context) }
        }
    }
}
extension OneofLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files { for m in f.allMessages { for o in m.oneofs where !o.isSynthetic { check(o, context) } } }
    }
}
extension EnumLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files { f.allEnums.forEach { check($0, context) } }
    }
}
extension EnumValueLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files { for e in f.allEnums { e.values.forEach { check($0, context) } } }
    }
}
extension ServiceLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files { f.services.forEach { check($0, context) } }
    }
}
extension MethodLintRule {
    public func run(_ schema: Schema, _ context: LintContext) {
        for f in schema.files { for s in f.services { s.methods.forEach { check($0, context) } } }
    }
}
