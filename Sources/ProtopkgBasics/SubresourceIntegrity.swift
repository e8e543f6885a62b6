import Crypto
import Foundation

/// The digests npm records for a tarball: `integrity`, a Subresource Integrity string
/// (`sha512-` and the base64 SHA-512, which npm checks and writes into package-lock.json), and
/// `shasum`, the SHA-1 in hex that older clients check.
public enum SubresourceIntegrity {
    public static func sha512(_ data: Data) -> String {
        "sha512-" + Data(SHA512.hash(data: data)).base64EncodedString()
    }

    public static func sha1Hex(_ data: Data) -> String {
        Insecure.SHA1.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
