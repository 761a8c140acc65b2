import Foundation
import Hummingbird
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
        let router = Router()
        router.add(middleware: WebGuard(session: session, hosts: hosts))
        WebRoutes(session: session, pages: try WebPages(), configuration: configuration).add(to: router)
        var logger = Logger(label: "tamga-serve")
        logger.logLevel = .error
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                hosts.bound(host: configuration.host, port: port)
                announce("http://\(configuration.host):\(port)/#\(session.accessToken)")
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
    }
}
