/// protobuf's SafeDoubleToFloat: out-of-range doubles become infinities rather than
/// whatever the conversion would round to.
enum FloatConversion {
    static func safeFloat(_ value: Double) -> Float {
        if value > Double(Float.greatestFiniteMagnitude) { return .infinity }
        if value < -Double(Float.greatestFiniteMagnitude) { return -.infinity }
        return Float(value)
    }
}
