import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// `tamga serve` (issue 20): the local web front end, one session per
/// process, on loopback unless told otherwise. Everything it does goes
/// through `WebRoutes` to the TamgaVault use cases the command line calls.
public struct WebServer: Sendable {
    public let configuration: WebConfiguration

    public init(configuration: WebConfiguration) { self.configuration = configuration }

    /// Serves until the process is stopped (SIGINT, SIGTERM). `announce`
    /// hears, once the port is bound, the address to open, with the access
    /// token after `#` (a fragment: browsers never send it to a server, so
    /// it stays out of logs and Referer headers).
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let configuration = configuration
        let session = WebSession()
        let hosts = WebHosts()
        let listen = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        // On loopback, the other loopback address is held at the same port (see WebPortReservation).
        let reservation = listen == "127.0.0.1" || listen == "::1"
            ? try WebPortReservation(family: listen == "::1" ? AF_INET : AF_INET6, port: configuration.port) : nil
        let port = reservation?.port ?? configuration.port
        let waiting = WebConnections()
        let router = Router()
        router.add(middleware: WebGuard(session: session, hosts: hosts))
        WebRoutes(session: session, pages: try WebPages(), configuration: configuration).add(to: router)
        var logger = Logger(label: "tamga-serve")
        logger.logLevel = .error
        let app = Application(
            router: router,
            server: .http1(configuration: .init(additionalChannelHandlers: [WebConnectionGuard(waiting)],
                                                idleTimeout: .seconds(Self.idleSeconds))),
            configuration: .init(address: .hostname(listen, port: port), serverName: nil,
                                 availableConnectionsDelegate: MaximumAvailableConnections(Self.connectionLimit, logger: logger)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                hosts.bound(port: port, addresses: Self.remoteAddresses(listen))
                // On loopback and on every address (for this machine's own browser) the per-run name; else the address given.
                let loopback = listen == "127.0.0.1" || listen == "::1"
                let shown = loopback || Self.isWildcard(listen) ? hosts.name : (listen.contains(":") ? "[\(listen)]" : listen)
                announce("http://\(shown):\(port)/#\(session.accessToken)")
            },
            logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask {
                // The idle lock: checked often enough that an idle vault is dropped within a few seconds of its time.
                let step = max(0.2, min(configuration.idleTimeout / 4, 5))
                while !Task.isCancelled {
                    try await Task.sleep(nanoseconds: UInt64(step * 1_000_000_000))
                    session.lockIfIdle(configuration.idleTimeout)
                }
            }
            try await group.next()
            group.cancelAll()
        }
        session.lockVault()
        withExtendedLifetime(reservation) {}
    }

    /// A connection that sends no complete request (a half-sent request
    /// line counts as nothing) for this long is closed.
    static let idleSeconds: Int64 = 10
    /// At most this many connections at once, well below the usual limit of
    /// 1024 open files (further ones wait in the system's queue); those
    /// without a request are held to `WebConnections.waitingLimit`.
    static let connectionLimit = 256

    static func isWildcard(_ address: String) -> Bool { address == "0.0.0.0" || address == "::" }

    /// The IP literals other machines may name in the Host header: none on
    /// loopback (only the per-run name is served); the address given to
    /// `--listen`; for 0.0.0.0 or `::`, every address of this machine's interfaces.
    static func remoteAddresses(_ listen: String) -> [String] {
        if listen == "127.0.0.1" || listen == "::1" { return [] }
        guard isWildcard(listen) else { return [listen] }
        // Loopback addresses are left out: this machine's browser uses the per-run name.
        return Host.current().addresses.map { $0.split(separator: "%").first.map(String.init) ?? $0 }
            .filter { !$0.hasPrefix("127.") && $0 != "::1" }
    }
}
