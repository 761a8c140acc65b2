import Foundation
import TamgaVault

/// What `tamga serve` was asked for.
public struct WebConfiguration: Sendable {
    /// The address to bind: 127.0.0.1 unless `--listen` says otherwise (with a warning).
    public var host: String
    /// 0: any free port (printed once bound).
    public var port: Int
    /// The unlocked vault is dropped after this long without a request.
    public var idleTimeout: TimeInterval
    public var paths: VaultPaths
    /// The largest attachment uploaded or downloaded in the browser: both go
    /// through memory (`MemoryFile`); larger ones use `tamga attach` and
    /// `tamga attachment get`.
    public var attachmentLimit: Int64 = 64 * 1024 * 1024
    /// The test suite's fast key derivation (`TAMGA_TEST_ONLY_WEAK_KDF`).
    public var allowTestParameters: Bool

    public init(host: String = "127.0.0.1", port: Int = 0, idleTimeout: TimeInterval = 15 * 60, paths: VaultPaths,
                allowTestParameters: Bool = false) {
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        self.paths = paths
        self.allowTestParameters = allowTestParameters
    }

    /// Whether the address is this machine's loopback only.
    public var isLoopback: Bool { host == "127.0.0.1" || host == "::1" || host == "localhost" }
}
