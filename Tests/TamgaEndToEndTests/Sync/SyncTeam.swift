import Foundation
import Testing
import TamgaTestSupport

/// A vault shared through a bare git repository by copies on separate
/// machines (each copy its own folder and remembered state), for the sync
/// tests of issue 16. The origin copy belongs to Admin; Bob (internal) and
/// Carol (contributor) are members; Dana (State) is a member to remove.
final class SyncTeam: @unchecked Sendable {
    let origin: CLIVault
    let remote: String
    let url: String
    let ssh: SSHLoopback?
    let git: String

    /// One copy: its folder and the member who works in it.
    struct Copy {
        let team: SyncTeam
        let path: String
        let member: String

        @discardableResult
        func run(_ arguments: [String], expect status: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> TamgaBinary.Result {
            let result = try team.origin.run(arguments, extra: team.environment(for: self))
            if let status {
                #expect(result.status == status, "tamga \(arguments.joined(separator: " ")) in \(member)'s copy: \(result.standardError)",
                        sourceLocation: sourceLocation)
            }
            return result
        }

        /// Starts `tamga sync` in a process group of its own (`setsid`), so a
        /// test can kill it with the git processes it started, as a power cut would.
        func startSync(extra: [String: String] = [:]) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = [team.origin.tamga.path, "sync"]
            var environment = ProcessInfo.processInfo.environment
            for (key, value) in team.origin.environment { environment[key] = value }
            for (key, value) in team.environment(for: self) { environment[key] = value }
            for (key, value) in extra { environment[key] = value }
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        func head() throws -> String { try team.inGit(path, ["rev-parse", "HEAD^{tree}"]).output.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// A vault with the examples (the report declaring D-0042), its members, and a bare repository with the
    /// guard installed (or not); over SSH on loopback when `overSSH`.
    init(guarded: Bool = true, overSSH: Bool = false) throws {
        origin = try CLIVault()
        git = try #require(Command.find("git"), "git is needed (make test-deps installs it)")
        ssh = overSSH ? try SSHLoopback() : nil
        remote = origin.folder.path("remote.git")
        url = ssh?.url(remote) ?? remote
        // VR-2014-017 declares D-0042, so that the interview can be destroyed (issue 18, L9).
        _ = try origin.run(["add", try origin.folder.write("VR-2014-017.md", try CLIVault.reportDeclaringTheDetainee())])
        _ = try origin.run(["add", try origin.folder.write("INT-2014-044.md", try CLIVault.example("INT-2014-044.md"))])
        for (name, clearance) in [("Bob", "internal"), ("Carol", "contributor"), ("Dana", "state")] {
            let key = try origin.run(["member", "invite", "--name", name]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            let added = try origin.run(["member", "add", "--member", "Admin", name, key, "--clearance", clearance])
            guard added.status == 0 else { throw CLIVaultError(message: "member add \(name): \(added.standardError)") }
        }
        _ = try inGit(origin.folder.url.path, ["init", "-q", "--bare", "-b", "main", remote])
        if guarded { _ = try origin.run(["guard", "--install", remote]) }
    }

    var admin: Copy { Copy(team: self, path: origin.vault, member: "Admin") }

    func environment(for copy: Copy) -> [String: String] {
        var environment = ["TAMGA_VAULT": copy.path, "TAMGA_MEMBER": copy.member, "XDG_STATE_HOME": copy.path + "-state"]
        if let ssh { environment["GIT_SSH_COMMAND"] = ssh.gitSSHCommand }
        return environment
    }

    /// Makes the origin copy the remote's first content.
    func publish() throws {
        try admin.run(["remote", "add", "origin", url])
        try admin.run(["sync"])
    }

    /// A new copy cloned from the remote for `member`.
    func clone(_ name: String, member: String) throws -> Copy {
        let copy = Copy(team: self, path: origin.folder.path(name), member: member)
        var environment = ["XDG_STATE_HOME": copy.path + "-state"]
        if let ssh { environment["GIT_SSH_COMMAND"] = ssh.gitSSHCommand }
        let result = try origin.run(["clone", url, copy.path], extra: environment)
        guard result.status == 0 else { throw CLIVaultError(message: "clone: \(result.standardError)") }
        return copy
    }

    /// Runs git (the keyless writer's tool, and the tests' eyes).
    @discardableResult
    func inGit(_ directory: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Command.Result {
        var env = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]
        if let ssh { env["GIT_SSH_COMMAND"] = ssh.gitSSHCommand }
        for (key, value) in environment { env[key] = value }
        return try Command.run(git, ["-c", "user.name=someone", "-c", "user.email=someone@example.invalid",
                                     "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments,
                               in: directory, environment: env)
    }

    /// A plain git clone of the remote: what someone with write access to it, and no key, holds.
    func keylessClone(_ name: String) throws -> String {
        let path = origin.folder.path(name)
        let result = try inGit(origin.folder.url.path, ["clone", "-q", url, path])
        guard result.status == 0 else { throw CLIVaultError(message: "git clone: \(result.output)") }
        return path
    }

    /// What a modified (or older) tamga would push after this copy's sync was
    /// refused: the merge with what it fetched, as tamga writes it, pushed with plain git.
    func pushMergeAsModifiedClient(_ copy: Copy) throws -> Command.Result {
        let env = ["GIT_AUTHOR_NAME": "tamga", "GIT_AUTHOR_EMAIL": "tamga@localhost",
                   "GIT_COMMITTER_NAME": "tamga", "GIT_COMMITTER_EMAIL": "tamga@localhost"]
        func trimmed(_ result: Command.Result) -> String { result.output.trimmingCharacters(in: .whitespacesAndNewlines) }
        try inGit(copy.path, ["fetch", "-q", "origin", "+refs/heads/main:refs/tamga/incoming/origin"])
        let incoming = trimmed(try inGit(copy.path, ["rev-parse", "refs/tamga/incoming/origin"]))
        let tree = trimmed(try inGit(copy.path, ["merge-tree", "--write-tree", "HEAD", incoming]))
        let merge = trimmed(try inGit(copy.path, ["commit-tree", tree, "-p", "HEAD", "-p", incoming, "-m", "tamga: merge origin"],
                                      environment: env))
        return try inGit(copy.path, ["push", "-q", "origin", "\(merge):refs/heads/main"])
    }

    /// A document text numbered for a copy.
    func document(_ number: Int, prefix: String) throws -> String {
        try origin.folder.write("\(prefix)-\(number).md", GeneratedDocument.text(number, prefix: prefix))
    }
}
