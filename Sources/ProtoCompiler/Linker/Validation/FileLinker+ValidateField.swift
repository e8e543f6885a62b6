extension FileLinker {
    /// protoc's ValidateOptions(FieldDescriptor) and ValidateFieldFeatures.
    func validateField(_ field: FieldDescriptor) {}
}
