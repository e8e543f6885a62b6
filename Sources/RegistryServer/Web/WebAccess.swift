import Foundation
import HTTPTypes
import Hummingbird
import RegistryCore

/// Who reads a page. A registry with `--public-read` shows its pages to anyone. Otherwise a
/// page needs a token: in `Authorization` (Bearer, or Basic with the token as the password),
/// or through the session cookie that the login form sets.
struct WebAccess {
    enum Outcome {
        case allowed(TokenRecord?)
        /// No credentials (or an expired session): go to the login form.
        case login(expiredSession: Bool)
        case refused(RegistryError)
    }

    static let sessionCookie = "protopkg_session"
    static let csrfCookie = "protopkg_csrf"

    let service: RegistryService

    func check(_ request: Request) async -> Outcome {
        if let header = request.headers[.authorization], !header.isEmpty {
            do {
                let token = try await service.authenticate(header)
                try service.authorizeRead(token)
                return .allowed(token)
            } catch let e as RegistryError {
                return .refused(e)
            } catch {
                return .refused(RegistryError(500, "\(error)"))
            }
        }
        if service.publicRead { return .allowed(nil) }
        guard let secret = Self.cookie(Self.sessionCookie, in: request) else { return .login(expiredSession: false) }
        do {
            guard let token = try await service.sessionToken(secret) else { return .login(expiredSession: true) }
            return .allowed(token)
        } catch {
            return .refused(RegistryError(500, "\(error)"))
        }
    }

    /// A cookie's value from the request's Cookie headers.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let trimmed = pair.trimmingCharacters(in: .whitespaces)
                guard let eq = trimmed.firstIndex(of: "="), trimmed[..<eq] == name else { continue }
                let value = String(trimmed[trimmed.index(after: eq)...])
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// A Set-Cookie value: HttpOnly and SameSite=Strict always, Secure over HTTPS; an empty
    /// value with Max-Age=0 deletes the cookie.
    static func setCookie(_ name: String, _ value: String, path: String, maxAge: Int, secure: Bool) -> String {
        "\(name)=\(value); Path=\(path); Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}
