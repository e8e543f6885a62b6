import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// What every answer of the Swift package registry carries: `Content-Version: 1` (§3.5), and
/// on errors a problem details object (RFC 7807) as `application/problem+json` (§3.3).
enum SwiftRegistryResponse {
    static let contentVersion = HTTPField.Name("Content-Version")!
    static let digest = HTTPField.Name("Digest")!
    static let link = HTTPField.Name("Link")!

    /// The titles of the statuses this registry answers with (RFC 9110's reason phrases).
    static let reasons = [400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                          405: "Method Not Allowed", 409: "Conflict", 410: "Gone", 413: "Content Too Large",
                          415: "Unsupported Media Type", 422: "Unprocessable Content", 500: "Internal Server Error"]

    static var versionFields: HTTPFields { [contentVersion: "1"] }

    static func problem(_ status: Int, _ detail: String, headers: HTTPFields = [:]) -> Response {
        let code = HTTPResponse.Status(code: status, reasonPhrase: reasons[status] ?? "Error")
        var fields: HTTPFields = [.contentType: "application/problem+json", .contentLanguage: "en", contentVersion: "1"]
        fields.append(contentsOf: headers)
        let body = JSONResponse.bytes(["status": status, "title": code.reasonPhrase, "detail": detail])
        return Response(status: code, headers: fields, body: ResponseBody(byteBuffer: body))
    }

    /// A JSON body for the page cache, with Content-Version and any Link.
    static func page(_ json: Data, link: String? = nil) -> CachedPage {
        var headers = versionFields
        if let link { headers[SwiftRegistryResponse.link] = link }
        var data = json
        data.append(0x0A)
        return CachedPage(body: ByteBuffer(bytes: data), contentType: "application/json", headers: headers)
    }

    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
    }
}
