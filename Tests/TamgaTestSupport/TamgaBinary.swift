import Foundation

/// Runs the built `tamga` executable for end-to-end tests and captures what it
/// printed. The binary is `$TAMGA_BINARY` (`make test` sets the release
/// build), else the debug build in `.build/debug`.
public struct TamgaBinary: Sendable {
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    public let path: String

    /// Another program run the same way (a wrapper such as `unshare` that execs tamga).
    public init(path: String) { self.path = path }

    public init() {
        if let configured = ProcessInfo.processInfo.environment["TAMGA_BINARY"], !configured.isEmpty {
            path = configured
        } else {
            path = RepositoryPaths.root.appendingPathComponent(".build/debug/tamga").path
        }
    }

    /// Runs `tamga` with `arguments`, optional standard input and extra
    /// environment, in `directory` (the current one when nil).
    public func run(
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String] = [:],
        in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TAMGA_VAULT")
        env.removeValue(forKey: "TAMGA_PASSPHRASE_FILE")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }
}
