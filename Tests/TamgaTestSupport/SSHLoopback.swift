import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An OpenSSH server on 127.0.0.1, started by a test on a free port with a
/// host key and a user key made for it, serving the current user (issue 16:
/// sync "with real git over SSH on loopback"). Stopped when released.
public final class SSHLoopback: @unchecked Sendable {
    public let port: Int
    public let folder: TemporaryFolder
    /// sshd's pid, read from its pid file: it runs detached, because
    /// Foundation's Process, watching a long-running child, stopped reaping
    /// the other children a test starts (a `tamga` stayed a zombie).
    private var pid: pid_t = 0

    /// `GIT_SSH_COMMAND` for git (and so for `tamga sync`) to reach this server.
    public var gitSSHCommand: String {
        "ssh -i \(folder.path("user-key")) -p \(port) -o BatchMode=yes -o StrictHostKeyChecking=no "
            + "-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
    }

    /// The `ssh://` address of a path on this server.
    public func url(_ path: String) -> String { "ssh://127.0.0.1:\(port)\(path)" }

    /// Starts sshd, or throws when it or the privilege-separation folder is missing
    /// (`make test-deps` installs openssh-server and makes /run/sshd).
    public init() throws {
        let sshd = "/usr/sbin/sshd"
        guard FileManager.default.isExecutableFile(atPath: sshd), let keygen = Command.find("ssh-keygen") else {
            throw CLIVaultError(message: "openssh-server is needed (make test-deps installs it)")
        }
        if !FileManager.default.fileExists(atPath: "/run/sshd") {
            try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o755])
        }
        folder = try TemporaryFolder("tamga-sshd")
        for key in ["host-key", "user-key"] {
            try Command.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-f", folder.path(key)])
        }
        try FileManager.default.copyItem(atPath: folder.path("user-key.pub"), toPath: folder.path("authorized_keys"))
        port = try Self.freePort()
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(folder.path("host-key"))
        AuthorizedKeysFile \(folder.path("authorized_keys"))
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        StrictModes no
        PermitRootLogin prohibit-password
        PidFile \(folder.path("sshd.pid"))
        SetEnv PATH=\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        """
        _ = try folder.write("sshd_config", config + "\n")
        let started = try Command.run(sshd, ["-f", folder.path("sshd_config"), "-E", folder.path("sshd.log")])
        guard started.status == 0 else { throw CLIVaultError(message: "sshd did not start: \(started.output)") }
        try waitUntilListening()
    }

    deinit {
        if pid > 0 { kill(pid, SIGTERM) }
    }

    /// Polls the port (at most 5 s) until sshd accepts connections.
    private func waitUntilListening() throws {
        for _ in 0..<100 {
            if pid == 0, let text = try? String(contentsOfFile: folder.path("sshd.pid"), encoding: .utf8) {
                pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            }
            if pid > 0, Self.accepts(port) { return }
            usleep(50_000)
        }
        let log = (try? String(contentsOfFile: folder.path("sshd.log"), encoding: .utf8)) ?? ""
        throw CLIVaultError(message: "sshd did not start on port \(port): \(log)")
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// A port the kernel just handed out (bound to port 0, then released).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw CLIVaultError(message: "no free port") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
