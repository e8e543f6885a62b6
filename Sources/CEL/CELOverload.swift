/// One signature of a CEL function: called as `f(a, b)` or, member-style, as `a.f(b)`, in which
/// case the receiver is the first parameter.
public struct CELOverload: Sendable {
    public let isMember: Bool
    public let parameters: [CELType]
    public let result: CELType

    public init(member: Bool = false, _ parameters: [CELType], _ result: CELType) {
        self.isMember = member
        self.parameters = parameters
        self.result = result
    }
}
