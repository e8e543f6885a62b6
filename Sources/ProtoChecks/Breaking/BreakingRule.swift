import ProtoSchema

/// A breaking-change rule. Each rule gets a typed (previous, current) pair: conform to one of
/// the pair protocols, whose `run` pairs the elements of the two schemas and hands them over.
public protocol BreakingRule: Sendable {
    static var info: RuleInfo { get }
    init()
    func run(_ pairs: SchemaPairs, _ context: BreakingContext)
}

/// Files paired by path; `current` is nil when the file was deleted.
public protocol FilePairRule: BreakingRule { func check(previous: SchemaFile, current: SchemaFile?, _ context: BreakingContext) }
/// Packages paired by name: every checked file of the package on each side; `current` is empty when it is gone.
public protocol PackagePairRule: BreakingRule {
    func check(package: String, previous: [SchemaFile], current: [SchemaFile], _ context: BreakingContext)
}
/// Messages (nested too) present on both sides, paired by full name.
public protocol MessagePairRule: BreakingRule { func check(previous: SchemaMessage, current: SchemaMessage, _ context: BreakingContext) }
/// Fields present on both sides, paired by number within paired messages.
public protocol FieldPairRule: BreakingRule { func check(previous: SchemaField, current: SchemaField, _ context: BreakingContext) }
/// Enums present on both sides, paired by full name.
public protocol EnumPairRule: BreakingRule { func check(previous: SchemaEnum, current: SchemaEnum, _ context: BreakingContext) }
/// Enum values present on both sides, paired by number within paired enums (the first value of a number).
public protocol EnumValuePairRule: BreakingRule { func check(previous: SchemaEnumValue, current: SchemaEnumValue, _ context: BreakingContext) }
/// Services present on both sides, paired by full name.
public protocol ServicePairRule: BreakingRule { func check(previous: SchemaService, current: SchemaService, _ context: BreakingContext) }
/// Methods present on both sides, paired by name within paired services.
public protocol MethodPairRule: BreakingRule { func check(previous: SchemaMethod, current: SchemaMethod, _ context: BreakingContext) }
/// Extensions present on both sides, paired by (extendee, number).
public protocol ExtensionPairRule: BreakingRule { func check(previous: SchemaField, current: SchemaField, _ context: BreakingContext) }

extension FilePairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.files { check(previous: p, current: c, context) }
    }
}
extension PackagePairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (name, p, c) in pairs.packages { check(package: name, previous: p, current: c, context) }
    }
}
extension MessagePairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.messages { check(previous: p, current: c, context) }
    }
}
extension FieldPairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.fields { check(previous: p, current: c, context) }
    }
}
extension EnumPairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.enums { check(previous: p, current: c, context) }
    }
}
extension EnumValuePairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.enumValues { check(previous: p, current: c, context) }
    }
}
extension ServicePairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.services { check(previous: p, current: c, context) }
    }
}
extension MethodPairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.methods { check(previous: p, current: c, context) }
    }
}
extension ExtensionPairRule {
    public func run(_ pairs: SchemaPairs, _ context: BreakingContext) {
        for (p, c) in pairs.extensions { check(previous: p, current: c, context) }
    }
}
