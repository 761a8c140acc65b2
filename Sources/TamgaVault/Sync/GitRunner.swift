import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the `git` program for sync, clone and the server-side guard.
///
/// Git is the transport, never the judge: every file it brings is verified by
/// `ArrivalVerifier` before it joins the vault. Each call disables hooks,
/// the file-system monitor and the `ext::` transport (a planted
/// `.git/hooks/post-merge` must not run on a sync;
/// `VaultRepository.refuseUnsafeFolder` refuses the settings no override
/// can list, such as a filter's program), checks every object fetched
/// (`transfer.fsckObjects`), turns off line-ending conversion (objects are
/// hashed bytes), and runs under umask 077, so that files git writes into the vault are 0600 and
/// its folders 0700, like everything else in a vault.
public struct GitRunner: Sendable {
    /// The folder git runs in (a vault's work tree, or a bare repository).
    public let directory: URL
    /// Extra environment (the rest is inherited, so a hook's `GIT_DIR` and
    /// quarantine variables reach the git commands it runs).
    public var environment: [String: String] = [:]

    public init(directory: URL, environment: [String: String] = [:]) {
        self.directory = directory
        self.environment = environment
    }

    /// What a finished git command returned.
    public struct Result: Sendable {
        public let status: Int32
        public let output: [UInt8]
        public let errors: String
        public var text: String { String(decoding: output, as: UTF8.self) }
        public var lines: [String] { text.split(separator: "\n").map(String.init) }
        /// The NUL-separated fields of `-z` output.
        public var fields: [String] {
            output.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Options every call passes before the subcommand.
    static let safety = ["-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "core.autocrlf=false",
                         "-c", "core.safecrlf=false", "-c", "user.name=tamga", "-c", "user.email=tamga@localhost",
                         "-c", "commit.gpgsign=false", "-c", "advice.detachedHead=false",
                         // A commit's text exactly as TamgaCommit rebuilds it, whatever ~/.gitconfig says (no
                         // `encoding` header, the message kept); git's own object checks on every fetch.
                         "-c", "i18n.commitEncoding=UTF-8", "-c", "commit.cleanup=strip", "-c", "core.commentChar=#",
                         "-c", "transfer.fsckObjects=true", "-c", "protocol.ext.allow=never"]

    /// Runs `git ARGS`; throws `SyncError.git` when it exits non-zero, unless `allowFailure`.
    /// `passErrors` lets git's own progress and messages reach the terminal.
    @discardableResult
    public func run(_ arguments: [String], input: [UInt8]? = nil, allowFailure: Bool = false,
                    passErrors: Bool = false) throws(SyncError) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + Self.safety + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        // Commits name no one (docs/sync.md): the identity variables would override the `-c` settings.
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "tamga"
            environment["GIT_\(role)_EMAIL"] = "tamga@localhost"
        }
        for (key, value) in self.environment { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = passErrors ? FileHandle.standardError : errors
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        let previous = umask(0o077)
        defer { umask(previous) }
        do { try process.run() } catch {
            throw SyncError.gitMissing
        }
        let collected = Collector()
        let group = DispatchGroup()
        if !passErrors {
            group.enter()
            DispatchQueue.global().async {
                collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        if let input {
            group.enter()
            DispatchQueue.global().async {
                stdin.fileHandleForWriting.write(Data(input))
                try? stdin.fileHandleForWriting.close()
                group.leave()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        let result = Result(status: process.terminationStatus, output: Array(data),
                            errors: String(decoding: collected.errors, as: UTF8.self))
        if result.status != 0 && !allowFailure {
            throw SyncError.git(command: arguments.first ?? "git", message: Self.summary(result.errors))
        }
        return result
    }

    /// Whether `git ARGS` exits 0.
    public func succeeds(_ arguments: [String]) -> Bool {
        ((try? run(arguments, allowFailure: true))?.status ?? 1) == 0
    }

    /// The last meaningful lines of git's error output (no hint lines).
    static func summary(_ errors: String) -> String {
        let lines = errors.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
        return lines.suffix(4).joined(separator: "; ")
    }

    /// Collects a pipe's bytes from another thread.
    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = Data()
        var errors: Data { lock.withLock { stored } }
        func setErrors(_ data: Data) { lock.withLock { stored = data } }
    }
}
