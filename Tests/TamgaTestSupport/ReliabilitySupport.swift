import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A seeded random number generator (SplitMix64), so a crash or tamper run
/// is the same run every time it is given the same seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Valid generated documents (docs/FORMAT.md): distinct ids and text, so
/// every run of a crash test adds something new.
public enum GeneratedDocument {
    public static func id(_ number: Int, prefix: String = "VR-2031") -> String {
        "\(prefix)-\(String(format: "%04d", number))"
    }

    public static func text(_ number: Int, prefix: String = "VR-2031", note: String = "") -> String {
        """
        ---
        id: \(id(number, prefix: prefix))
        kind: visit-report
        title: Generated visit report \(number)
        date: 2031-\(String(format: "%02d", number % 12 + 1))-\(String(format: "%02d", number % 28 + 1))
        ---

        ## Summary {.public}

        A monitoring visit, number \(number), took place. \(note)

        ## Findings

        The team counted \(number % 17 + 3) persons in [cell \(number % 40)]{.internal}.

        """
    }
}

/// One run of the built binary that may be killed with SIGKILL part-way.
///
/// Started with posix_spawn and reaped with waitpid by this code only, so the
/// process id cannot be reused before the kill: the signal reaches this child
/// or, if it already exited, a zombie that ignores it.
public struct KillableRun: Sendable {
    public struct Outcome: Sendable {
        /// Exit status when it exited by itself; nil when a signal ended it.
        public let exitStatus: Int32?
        public let signal: Int32?
        public let standardOutput: String
        public let standardError: String
        public let seconds: Double
        public var killed: Bool { signal == SIGKILL }
    }

    public let executable: String
    public let arguments: [String]
    public let environment: [String: String]
    public let directory: String

    public init(executable: String, arguments: [String], environment: [String: String], directory: String) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.directory = directory
    }

    /// Runs the command, sending SIGKILL (or `signalNumber`: SIGINT is
    /// Ctrl-C) after `killAfter` seconds (never when nil).
    public func run(killAfter: Double?, sending signalNumber: Int32 = SIGKILL) throws -> Outcome {
        let outPath = directory + "/.run-\(UInt32.random(in: 0 ... .max)).out"
        let errPath = outPath + ".err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TAMGA_VAULT")
        env.removeValue(forKey: "TAMGA_PASSPHRASE_FILE")
        for (key, value) in environment { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard code == 0 else { throw RunError(message: "posix_spawn \(executable): \(String(cString: strerror(code)))") }
        if let killAfter {
            if killAfter > 0 { usleep(useconds_t(killAfter * 1_000_000)) }
            kill(pid, signalNumber)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw RunError(message: "waitpid: \(String(cString: strerror(errno)))") }
        }
        let seconds = Date().timeIntervalSince(started)
        let termination = status & 0x7f
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Outcome(exitStatus: termination == 0 ? (status >> 8) & 0xff : nil,
                       signal: termination == 0 ? nil : termination,
                       standardOutput: read(outPath), standardError: read(errPath), seconds: seconds)
    }

    public struct RunError: Error, CustomStringConvertible {
        public let message: String
        public init(message: String) { self.message = message }
        public var description: String { message }
    }
}

/// Small file-system helpers for copying and comparing vaults.
public enum VaultFiles {
    /// Every entry under `root` (files, folders, symlinks, hidden files), relative, sorted.
    public static func allEntries(_ root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String { result.append(relative) }
        return result.sorted()
    }

    /// Copies a folder tree with modes and symlinks kept (`cp -a`).
    public static func copy(_ source: String, to destination: String) throws {
        let status = try Command.run("/bin/cp", ["-a", source, destination]).status
        guard status == 0 else { throw KillableRun.RunError(message: "cp -a \(source) failed") }
    }

    /// A copy whose files are hard links to the source's: cheap, and safe as
    /// long as nothing writes a file in place. tamga never does (every file
    /// is written once, or replaced by rename), and `write` below unlinks first.
    public static func linkCopy(_ source: String, to destination: String) throws {
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        for relative in allEntries(source) {
            let from = source + "/" + relative, to = destination + "/" + relative
            var info = stat()
            guard lstat(from, &info) == 0 else { throw KillableRun.RunError(message: "lstat \(from)") }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard mkdir(to, info.st_mode & 0o7777) == 0 else { throw KillableRun.RunError(message: "mkdir \(to)") }
            case S_IFLNK:
                try FileManager.default.createSymbolicLink(atPath: to, withDestinationPath:
                    try FileManager.default.destinationOfSymbolicLink(atPath: from))
            default:
                guard link(from, to) == 0 else { throw KillableRun.RunError(message: "link \(to)") }
            }
        }
    }

    public static func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Writes a new file in place of any old one (never through a hard link).
    public static func write(_ data: Data, _ path: String) throws {
        unlink(path)
        try data.write(to: URL(fileURLWithPath: path))
    }
}

/// Runs a helper program (git, cp) and captures its output.
public enum Command {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
    }

    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The path of a program on $PATH, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
