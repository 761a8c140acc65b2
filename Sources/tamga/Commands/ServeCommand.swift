import ArgumentParser
import Foundation
import TamgaVault
import TamgaWeb

/// `tamga serve`: the local web interface (issue 20).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the vault in your browser (a local web interface).",
        discussion: """
        Starts a web server on this machine only (127.0.0.1) and prints its
        address with a one-time access token after `#`: open it in your
        browser. The address is a name new for each run,
        http://t-<random>.localhost:PORT/ (browsers resolve any *.localhost
        name to this machine): the session cookie goes only there, never to
        another program listening on 127.0.0.1. The token is exchanged for a session cookie the first time
        and is spent then; the passphrase is typed into the page, never in an
        address. The vault locks after --idle-minutes without use, with the
        Lock button, and when the server stops (Ctrl-C). The same rules apply
        as on the command line: the pages call the same code.

        Attachments are uploaded and downloaded through memory (never a
        file on disk), so the pages take files up to --attachment-mib
        (64 MiB by default); larger ones go through `tamga attach` and
        `tamga attachment get`.

        Another address than loopback (--listen) lets other machines reach
        the login page: only on a network you trust, and tamga warns.

        EXAMPLES:
          tamga serve
          tamga serve --port 8380 --idle-minutes 5
          tamga serve --attachment-mib 256
        """)

    @Option(name: .long, help: ArgumentHelp("The vault folder (else $TAMGA_VAULT, else ./vault).", valueName: "dir"))
    var vault: String?

    @Option(help: ArgumentHelp("The port (0: any free port).", valueName: "port"))
    var port = 0

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var listen = "127.0.0.1"

    @Option(name: .customLong("idle-minutes"), help: ArgumentHelp("Lock the vault after this many minutes without use.", valueName: "minutes"))
    var idleMinutes: Double = 15

    @Option(name: .customLong("attachment-mib"),
            help: ArgumentHelp("The largest attachment uploaded or downloaded in the browser, in MiB.", valueName: "MiB"))
    var attachmentMiB = 64

    func validate() throws {
        guard (1...4096).contains(attachmentMiB) else { throw ValidationError("--attachment-mib must be 1 to 4096") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard idleMinutes > 0, idleMinutes <= 24 * 60 else { throw ValidationError("--idle-minutes must be more than 0 and at most 1440") }
    }

    func run() throws {
        let paths = VaultPaths.resolve(option: vault)
        guard FileManager.default.fileExists(atPath: paths.root.appendingPathComponent("config.json").path) else {
            throw VaultError.notAVault(path: paths.root.path)
        }
        var configuration = WebConfiguration(host: listen, port: port, idleTimeout: idleMinutes * 60, paths: paths,
                                             allowTestParameters: VaultOptions.testOnlyWeakKeys)
        configuration.attachmentLimit = Int64(attachmentMiB) * 1024 * 1024
        if !configuration.isLoopback {
            Terminal.printWarning("listening on \(listen): other machines can reach the login page; use only on a network you trust")
        }
        let outcome = WebOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await WebServer(configuration: configuration).run { address in
                    print("tamga serve: open \(address)")
                    print("Stop with Ctrl-C; the vault locks then.")
                    fflush(nil)
                }
            } catch {
                outcome.fail(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }
}

/// The server task's error, handed back to the command's thread.
final class WebOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: (any Error)?
    var error: (any Error)? { lock.withLock { failure } }
    func fail(_ error: any Error) { lock.withLock { failure = error } }
}
