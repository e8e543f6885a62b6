import Foundation
import HTTPTypes
import Hummingbird
import RegistryCore

/// Responses as the JSON API writes them.
enum JSONResponse {
    static func make(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: bytes(object)))
    }

    /// The encoded object and a newline.
    static func bytes(_ object: Any) -> ByteBuffer {
        var data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        data.append(0x0A)
        return ByteBuffer(bytes: data)
    }

    /// A body for the page cache (JSON unless said otherwise; see `RouteSupport.page`).
    static func page(_ object: Any, contentType: String = "application/json") -> CachedPage {
        CachedPage(body: bytes(object), contentType: contentType)
    }

    static func error(_ status: Int, _ message: String, extra: [String: Any] = [:]) -> Response {
        var object = extra
        object["error"] = message
        return make(object, status: HTTPResponse.Status(code: status))
    }

    static func version(_ r: VersionRecord) -> [String: Any] {
        ["module": r.module.description, "version": r.version.description, "digest": r.digest, "yanked": r.yanked,
         "published_at": ISO8601DateFormatter().string(from: r.publishedAt),
         "artifacts": r.artifacts.map { a -> [String: Any] in
             var o: [String: Any] = ["kind": a.kind, "file_name": a.fileName, "digest": a.digest, "size": a.size]
             if let name = a.packageName { o["package_name"] = name }
             return o
         }]
    }
}

