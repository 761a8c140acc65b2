import Foundation
import HTTPTypes
import Hummingbird
import TamgaCrypto

/// What every request and response of the local server goes through: the
/// Host header must name this server (a page on another site that resolves
/// its own name to 127.0.0.1, DNS rebinding, gets 403, and so does the
/// server's own loopback address: only its per-run `t-….localhost` name is
/// served, so the session cookie is never one a browser also sends to other
/// ports of 127.0.0.1); a request another site started (`Sec-Fetch-Site`
/// `same-site` or `cross-site`) gets 403 except a top-level visit to the
/// token or unlock page; every response
/// carries a strict Content-Security-Policy (scripts and styles only with the
/// page's nonce, nothing from elsewhere, no framing), `no-store`, no referrer
/// and no sniffing; and every path but the token page needs the session
/// cookie (403 otherwise).
struct WebGuard<Context: RequestContext>: RouterMiddleware {
    let session: WebSession
    /// Host header values accepted (`t-<random>.localhost:PORT`), set once the port is known.
    let hosts: WebHosts

    static var cookieName: String { "tamga_session" }

    /// Paths that need no session: the page where the token is given, and where it is exchanged.
    static func isOpen(_ path: String) -> Bool { path == "/" || path == "/session" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, hosts.accepts(authority) else {
            return Self.secured(WebPages.plain(.forbidden, "This server answers only at its own address."), nonce: "")
        }
        let path = request.uri.path
        if !WebFetchSite.allows(request.headers[HTTPField.Name("Sec-Fetch-Site")!], isGet: request.method == .get, path: path) {
            return Self.secured(WebPages.plain(.forbidden, "This server answers only to its own pages."), nonce: "")
        }
        if !Self.isOpen(path), !session.accepts(cookie: request.cookies[Self.cookieName]?.value) {
            return Self.secured(WebPages.plain(.forbidden, "No session: open the address `tamga serve` printed."), nonce: "")
        }
        let nonce = WebSession.randomToken()
        var response: Response
        do {
            response = try await WebNonce.$current.withValue(nonce) { try await next(request, context) }
        } catch let error as any HTTPResponseError {
            // A thrown error (no such path, a form too large) gets the same headers as a page.
            response = try error.response(from: request, context: context)
        } catch {
            response = WebPages.plain(.internalServerError, "The request failed.")
        }
        return Self.secured(response, nonce: nonce)
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

/// Who started a request, as the browser says (`Sec-Fetch-Site`).
enum WebFetchSite {
    /// Whether a request may be served given who started it (`Sec-Fetch-Site`,
    /// sent by every current browser): this server's own pages (`same-origin`),
    /// the monitor typing or pasting the address (`none`), or a client that
    /// sends no such header (curl). A page of another site, or of another port
    /// or name on this machine (`same-site`), may only open the token or the
    /// unlock page, which act on nothing.
    static func allows(_ site: String?, isGet: Bool, path: String) -> Bool {
        guard let site = site?.lowercased(), site != "same-origin", site != "none" else { return true }
        return isGet && (path == "/" || path == "/unlock")
    }
}

/// The nonce of the page being made (each response its own).
enum WebNonce {
    @TaskLocal static var current = ""
}

/// The Host header values this server answers to, known once it is bound.
///
/// The server's name is `t-<32 random hex digits>.localhost`, new for each
/// run: browsers resolve every `*.localhost` name to this machine (RFC 6761)
/// and scope a cookie to the name it was set for, so the session cookie goes
/// only to addresses under this name, which no other program knows. The
/// plain `127.0.0.1:PORT` is refused: a cookie set there would go to every
/// port of 127.0.0.1 (cookies ignore ports).
final class WebHosts: @unchecked Sendable {
    private let lock = NSLock()
    private var accepted: Set<String> = []
    /// This run's host name.
    let name: String

    init(name: String = WebHosts.randomName()) { self.name = name }

    static func randomName() -> String { "t-" + Hex.encode(SecureRandom.bytes(count: 16)) + ".localhost" }

    /// Accepts this run's name at `port`, and `addresses` (IP literals other
    /// machines use when `--listen` names a non-loopback address) there too.
    func bound(port: Int, addresses: [String] = []) {
        var names: Set<String> = ["\(name):\(port)"]
        for address in addresses { names.insert(address.contains(":") ? "[\(address.lowercased())]:\(port)" : "\(address):\(port)") }
        lock.withLock { accepted = names }
    }

    func accepts(_ authority: String) -> Bool { lock.withLock { accepted.contains(authority.lowercased()) } }
}
