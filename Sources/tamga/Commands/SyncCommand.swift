import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// `tamga sync [NAME]`: exchanges changes with a git remote, verifying
/// everything that arrives before it is merged (issue 16).
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Exchange changes with a git remote, verifying everything that arrives.",
        discussion: """
        Commits what this copy wrote, fetches the remote into a quarantine,
        verifies every file that arrived with no secret key (each keyring must
        extend the signed chain, each log entry must be signed by a member
        allowed to write it, each object must be named by its hash and listed
        by a signed entry; nothing written once may change or go, and the
        remote's history may not be rewritten), merges, and pushes. If
        anything fails, nothing from the remote is merged: each file is named
        with the reason, and the command exits 1. Every other command works
        offline; sync needs no passphrase unless --refresh is given.

        Data keys (datakeys/) never enter main's history: they travel on
        refs/tamga/datakeys, one commit replaced on every change and judged
        against the log like any arriving file; after a destruction the old
        commit is pruned from this copy (git repack and prune). A vault
        synced by an older tamga stops committing them at its next sync, but
        its older commits keep them (docs/sync.md, Upgrading).

        After a merge that changed names, consent or the policy, stored State
        and public versions made before it are refused to readers until a
        member cleared internal refreshes them: give --refresh (members
        cleared internal) to do that in the same step.

        EXAMPLES:
          tamga remote add origin ssh://git@example.org/npm/vault.git
          tamga sync
          tamga sync --refresh          # a member cleared internal
          tamga sync office --no-push
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: ArgumentHelp("The remote to sync with.", valueName: "name"))
    var remote: String = "origin"

    @Flag(name: .long, help: "After merging, refresh stale State and public versions (asks for the passphrase; members cleared internal).")
    var refresh = false

    @Flag(name: .long, help: "Fetch, verify and merge, but do not push.")
    var noPush = false

    func run() throws {
        try VaultRemotes.validate(remote)
        _ = try VaultConfig.load(options.paths)
        let vault = refresh ? try options.unlock() : nil
        let result = try Synchronisation(paths: options.paths).run(
            remote: remote, push: !noPush, passErrors: isatty(STDERR_FILENO) == 1, refreshingAs: vault,
            step: Terminal.step, refreshProgress: Terminal.refreshProgress)
        let outcome = result.outcome
        let refreshed = result.refreshed
        for problem in outcome.leftOut {
            Terminal.printWarning("not synced: \(problem) (`tamga check` says more; `tamga check --tidy` removes leftovers)")
        }
        for note in outcome.notes { print("note: \(note)") }
        if outcome.committed > 0 { print("committed \(outcome.committed) file(s) this copy wrote") }
        if outcome.received + outcome.removed > 0 {
            print("received \(outcome.received) file(s) (\(outcome.entries) log entries) from \(remote)"
                  + (outcome.removed > 0 ? ", \(outcome.removed) superseded file(s) removed" : "") + "; all verified")
        } else if !outcome.remoteWasEmpty {
            print("nothing new from \(remote)")
        }
        if refreshed > 0 { print("re-projected \(refreshed) stored State/public part(s)") }
        for blind in result.lostToErasuresApart {
            Terminal.printWarning("not refreshed: documents/\(blind): \(VaultIndex.lostToErasuresApartProblem)")
        }
        if outcome.changesRedaction && vault == nil {
            Terminal.printWarning("what arrived changes names, consent or the policy: stored State and public versions made "
                + "before it are refused to readers until a member cleared internal runs `tamga refresh` (or `tamga sync --refresh`)")
        }
        if outcome.pushed { print("pushed to \(remote)") } else if noPush { print("not pushed (--no-push)") }
    }
}
