/// What the type checker needs to know about protobuf types: the fields of messages and the
/// names of messages and enum values. `ProtoChecks` answers it from a descriptor set.
public protocol CELTypeProvider {
    /// The CEL type of a message's field, or nil when the message has no such field.
    func fieldType(message: String, field: String) -> CELType?
    /// Whether a message of this full name exists.
    func messageExists(_ fullName: String) -> Bool
    /// Whether the full name names an enum value (`acme.v1.Status.STATUS_OK`).
    func isEnumValue(_ fullName: String) -> Bool
}
