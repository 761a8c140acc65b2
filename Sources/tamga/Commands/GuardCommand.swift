import ArgumentParser
import Foundation
import TamgaVault

/// `tamga guard`: the server-side check of a bare repository (pre-receive hook).
struct GuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guard",
        abstract: "Refuse pushes that would break a vault (run as a bare repository's pre-receive hook).",
        discussion: """
        Installed in a bare repository, it refuses a push that deletes or
        rewrites a committed file, rewrites main's history (a force-push),
        deletes a ref, pushes any ref but main and refs/tamga/datakeys, adds a
        file that does not verify against the vault's signed keyring and log,
        or changes the data keys (refs/tamga/datakeys, replaced on every
        change) other than as the log allows: every key listed by a signed
        entry, none of a destroyed document, none gone without a tombstone.
        Every commit on main must be exactly the text tamga sync writes (no
        header or byte of its own), and every tree is walked within the vault
        layout's bounds before it is expanded (a "tree bomb" is refused).
        It needs no secret key: the server holds only what every copy holds.

        With --install it writes hooks/pre-receive and hooks/post-receive into
        the repository (calling this tamga by its full path), sets
        receive.fsckObjects (git's own checks of every object pushed),
        receive.denyDeletes and receive.denyNonFastForwards (git applies both to
        branches only, so the data-key ref can still be replaced) and sets
        gc.reflogExpire, gc.reflogExpireUnreachable and gc.pruneExpire to now;
        the post-receive hook (--after-receive) prunes a replaced data-key
        commit after a destruction, so the server stops holding the destroyed
        document's keys. A repository guarded by an older tamga refuses
        refs/tamga/datakeys: run --install on it again. With --vault ID (the
        id `tamga check` or `tamga clone` prints) it accepts no other vault,
        even on the first push. Without --install, it reads git's pre-receive
        input (`<old> <new> <ref>` lines) and exits 1 naming each refused file.

        A pre-receive or post-receive hook that tamga did not write is never
        overwritten unasked: --install stops and names it; --replace-hooks
        replaces it. Installing again over tamga's own hooks is safe.

        EXAMPLES:
          git init --bare -b main /srv/git/vault.git
          tamga guard --install /srv/git/vault.git
          tamga guard --install /srv/git/vault.git --vault ID
          # over hooks of your own (read them first):
          tamga guard --install /srv/git/vault.git --replace-hooks
        """)

    @Option(name: .long, help: ArgumentHelp("Install the hook into this bare repository.", valueName: "repo"))
    var install: String?

    @Option(name: .long, help: ArgumentHelp("With --install: accept only this vault (its id, from `tamga check` or `tamga clone`), even on the first push.", valueName: "id"))
    var vault: String?

    @Flag(name: .customLong("replace-hooks"), help: "With --install: replace pre-receive and post-receive hooks that tamga did not write.")
    var replaceHooks = false

    @Flag(name: .customLong("after-receive"), help: "Run as the post-receive hook: prune replaced data-key commits.")
    var afterReceive = false

    func run() throws {
        if vault != nil && install == nil { throw ValidationError("--vault goes with --install") }
        if replaceHooks && install == nil { throw ValidationError("--replace-hooks goes with --install") }
        if afterReceive {
            var updates: [PushGuard.Update] = []
            while let line = readLine() { if let update = PushGuard.Update(line: line) { updates.append(update) } }
            return try PushGuard(repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).afterReceive(updates)
        }
        if let install {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            let path = FileManager.default.fileExists(atPath: executable.path) ? executable.path
                : (ProcessInfo.processInfo.arguments.first ?? "tamga")
            try PushGuard.install(into: URL(fileURLWithPath: install), executable: Self.resolved(path), vault: vault,
                                   replaceHooks: replaceHooks)
            print("installed the tamga guard in \(install) (pre-receive and post-receive hooks; "
                  + "refs/tamga/datakeys accepted and pruned after a destruction)")
            return
        }
        var updates: [PushGuard.Update] = []
        while let line = readLine() { if let update = PushGuard.Update(line: line) { updates.append(update) } }
        let problems = try PushGuard(repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).check(updates)
        guard !problems.isEmpty else { return }
        Terminal.writeStandardError("tamga guard: push refused, \(problems.count) problem(s):\n")
        for problem in problems { Terminal.writeStandardError("tamga guard:   \(problem)\n") }
        throw ExitCode(1)
    }

    /// The absolute path of this executable (the hook runs with another working folder).
    static func resolved(_ path: String) -> String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
