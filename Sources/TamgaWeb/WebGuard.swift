import Foundation
import HTTPTypes
import Hummingbird

/// What every request and response of the local server goes through: the
/// Host header must name this server (a page on another site that resolves
/// its own name to 127.0.0.1, DNS rebinding, gets 403); every response
/// carries a strict Content-Security-Policy (scripts and styles only with the
/// page's nonce, nothing from elsewhere, no framing), `no-store`, no referrer
/// and no sniffing; and every path but the token page needs the session
/// cookie (403 otherwise).
struct WebGuard<Context: RequestContext>: RouterMiddleware {
    let session: WebSession
    /// Host header values accepted (`127.0.0.1:PORT`, `localhost:PORT`), set once the port is known.
    let hosts: WebHosts

    static var cookieName: String { "tamga_session" }

    /// Paths that need no session: the page where the token is given, and where it is exchanged.
    static func isOpen(_ path: String) -> Bool { path == "/" || path == "/session" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, hosts.accepts(authority) else {
            return Self.secured(WebPages.plain(.forbidden, "This server answers only at its own address."), nonce: "")
        }
        let path = request.uri.path
        if !Self.isOpen(path), !session.accepts(cookie: request.cookies[Self.cookieName]?.value) {
            return Self.secured(WebPages.plain(.forbidden, "No session: open the address `tamga serve` printed."), nonce: "")
        }
        let nonce = WebSession.randomToken()
        var response = try await WebNonce.$current.withValue(nonce) { try await next(request, context) }
        response = Self.secured(response, nonce: nonce)
        return response
    }

    /// The security headers, with the nonce the page's own script and style tags carry.
    static func secured(_ response: Response, nonce: String) -> Response {
        var response = response
        let allowed = nonce.isEmpty ? "'none'" : "'nonce-\(nonce)'"
        response.headers[.contentSecurityPolicy] = "default-src 'none'; script-src \(allowed); style-src \(allowed); img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}

/// The nonce of the page being made (each response its own).
enum WebNonce {
    @TaskLocal static var current = ""
}

/// The Host header values this server answers to, known once it is bound.
final class WebHosts: @unchecked Sendable {
    private let lock = NSLock()
    private var accepted: Set<String> = []

    func bound(host: String, port: Int) {
        var names: Set<String> = ["\(host):\(port)"]
        if host == "127.0.0.1" || host == "localhost" { names.formUnion(["127.0.0.1:\(port)", "localhost:\(port)"]) }
        lock.withLock { accepted = names }
    }

    func accepts(_ authority: String) -> Bool { lock.withLock { accepted.contains(authority.lowercased()) } }
}
