import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import RegistryCore

/// Signing in to the pages of a registry without `--public-read`: the form trades a token for a
/// session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS; only its hash is stored, like
/// tokens). The form carries a one-time value that must match a cookie set with it, and a
/// cross-site Origin is refused, so another site can neither sign a browser in nor out.
extension WebPages {
    func login(_ request: Request) async throws -> Response {
        if request.method == .get {
            return loginForm(request, next: Self.localPath(request.uri.queryParameters["next"].map(String.init)), error: nil)
        }
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: 16 << 10) } catch {
            return problem(.contentTooLarge, "Too large", "The sign-in form is larger than it can be.")
        }
        let form = Self.formFields(String(buffer: body))
        let next = Self.localPath(form["next"])
        guard sameOrigin(request) else { return problem(.forbidden, "Refused", "The form was sent from another site.") }
        guard let sent = form["csrf"], let expected = WebAccess.cookie(WebAccess.csrfCookie, in: request),
              Self.constantTimeEqual(sent, expected) else {
            return loginForm(request, next: next, error: "The form expired; sign in again.", status: .forbidden)
        }
        guard let token = form["token"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            return loginForm(request, next: next, error: "Paste a token.", status: .unauthorized)
        }
        let record: TokenRecord
        do {
            guard let found = try await service.authenticate("Bearer \(token)") else { throw RegistryError.unauthorized() }
            record = found
        } catch let e as RegistryError where e.status == 401 {
            return loginForm(request, next: next, error: "That token is not known here.", status: .unauthorized)
        }
        let secret: String
        do {
            secret = try await service.createSession(token: record, lifetime: TimeInterval(Self.sessionLifetime))
        } catch let e as RegistryError {
            return loginForm(request, next: next, error: e.message, status: HTTPResponse.Status(code: e.status))
        }
        let secure = isSecure(request)
        var headers: HTTPFields = [:]
        headers.append(HTTPField(name: .setCookie, value: WebAccess.setCookie(WebAccess.sessionCookie, secret, path: "/",
                                                                                maxAge: Self.sessionLifetime, secure: secure)))
        headers.append(HTTPField(name: .setCookie, value: WebAccess.setCookie(WebAccess.csrfCookie, "", path: "/-/login",
                                                                                maxAge: 0, secure: secure)))
        return redirect(next, headers: headers)
    }

    func loginForm(_ request: Request, next: String, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let csrf = Self.randomValue()
        var c: [String: Any] = ["csrf": csrf, "next": next]
        if let error { c["error"] = error }
        var headers: HTTPFields = [:]
        headers.append(HTTPField(name: .setCookie, value: WebAccess.setCookie(WebAccess.csrfCookie, csrf, path: "/-/login",
                                                                                maxAge: 3600, secure: isSecure(request))))
        headers[.cacheControl] = "no-store"
        let page = ByteBuffer(string: PageTemplates.render("layout", [
            "title": "Sign in", "signedIn": false, "body": PageTemplates.render("login", c), "script": PageAssets.script,
        ]))
        return html(page, status: status, headers: headers)
    }

    func logout(_ request: Request) async throws -> Response {
        guard sameOrigin(request) else { return problem(.forbidden, "Refused", "The form was sent from another site.") }
        if let secret = WebAccess.cookie(WebAccess.sessionCookie, in: request) { try await service.endSession(secret) }
        var headers: HTTPFields = [:]
        headers.append(HTTPField(name: .setCookie, value: WebAccess.setCookie(WebAccess.sessionCookie, "", path: "/",
                                                                                maxAge: 0, secure: isSecure(request))))
        return redirect(service.publicRead ? "/" : "/-/login", headers: headers)
    }

    func redirectToLogin(_ request: Request, clearSession: Bool) -> Response {
        var headers: HTTPFields = [.cacheControl: "no-store"]
        if clearSession {
            headers.append(HTTPField(name: .setCookie, value: WebAccess.setCookie(WebAccess.sessionCookie, "", path: "/",
                                                                                    maxAge: 0, secure: isSecure(request))))
        }
        let next = Self.localPath(request.uri.description)
        return redirect("/-/login?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")", headers: headers)
    }

    /// True unless the browser says the request comes from another origin (Origin, else
    /// Sec-Fetch-Site). A form without either (an old browser, a script) is let through: the
    /// CSRF value and SameSite cookies still guard it.
    func sameOrigin(_ request: Request) -> Bool {
        if let origin = request.headers[.origin] {
            return origin == baseURL(request)
        }
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!] {
            return site == "same-origin" || site == "none"
        }
        return true
    }

    /// A path on this registry to return to after signing in; anything else becomes `/`.
    static func localPath(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"),
              !text.contains(where: { $0.isNewline || $0 == "\\" }), !text.hasPrefix("/-/log") else { return "/" }
        return text
    }

    /// application/x-www-form-urlencoded fields.
    static func formFields(_ body: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            guard let name = parts.first else { continue }
            out[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    static func randomValue() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<24).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
