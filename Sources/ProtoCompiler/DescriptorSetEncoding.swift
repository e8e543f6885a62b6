import Foundation
import SwiftProtobuf

/// What writes a compilation's descriptor set as bytes, and gives its files' source info.
protocol DescriptorSetEncoding {
    func descriptorSet() -> Data
    func sourceInfo(of name: String) -> Google_Protobuf_SourceCodeInfo?
}
