import Foundation

/// What writes a compilation's descriptor set as bytes.
protocol DescriptorSetEncoding {
    func descriptorSet() -> Data
}
