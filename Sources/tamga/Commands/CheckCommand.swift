import ArgumentParser
import Foundation
import TamgaVault

/// `tamga check`: verifies the vault and names every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every object, signature and chain in the vault.",
        discussion: """
        Checks that every file matches its hash, every object's header and key
        commitment, the authentication of every object your keys open, the
        keyring chain and its signatures, the log chain and its signatures,
        and that every revision has its parts. Exits 1 on any problem, naming
        each file and what is wrong. Run it as a member cleared `internal` to
        check everything.

        Interrupted or failed writes (a kill, a full disk) can leave temporary
        files (.tmp-*) that readers ignore; check lists them as warnings, and
        --tidy deletes them first, under the vault's write lock, so no running
        writer loses its file. It also overwrites and removes the files of
        documents destroyed with `tamga destroy` that are still here (a copy
        that had not seen the destruction brought them back; nothing reads them).

        Every command remembers, on this machine, the newest log entries it
        saw, and refuses a vault from which they are gone (deleted, or an older
        copy put back). If you restored an older copy on purpose,
        --accept-older accepts it and records that in the log.

        EXAMPLES:
          tamga check
          tamga check --tidy      # after a disk-full error: free the space first
          tamga check --accept-older   # after restoring an older backup on purpose
        """)

    @OptionGroup var options: VaultOptions

    @Flag(help: "Delete the temporary files (.tmp-*) of interrupted or failed writes and the files of destroyed documents, then check.")
    var tidy = false

    @Flag(help: "Accept that log entries this machine saw are gone (you restored an older copy on purpose); logged.")
    var acceptOlder = false

    func run() throws {
        let vault = try options.unlock(acceptingOlderKeyring: acceptOlder)
        if tidy {
            let removed = try VaultMaintenance(vault: vault).tidy()
            print("tidied: removed \(removed.files - removed.destroyedFiles) temporary file(s)"
                  + (removed.destroyedFiles > 0 ? " and \(removed.destroyedFiles) file(s) of destroyed documents" : "") + ", \(removed.bytes) bytes")
            for path in removed.left { print("tidy: left \(path): not a file; remove it by hand if nothing uses it") }
        }
        if acceptOlder {
            let accepted = try VaultMaintenance(vault: vault).acceptOlder()
            if accepted.entries == 0, !accepted.olderKeyring {
                print("accept-older: nothing is missing; nothing to accept")
            } else {
                print("accept-older: accepted this copy, from which \(accepted.entries) log entr\(accepted.entries == 1 ? "y" : "ies") "
                      + "this machine saw are gone" + (accepted.olderKeyring ? ", with an older keyring" : "") + " (logged)")
            }
        }
        let report = VaultMaintenance(vault: vault).check()
        for finding in report.problems { print("problem: \(finding)") }
        for finding in report.warnings { print("warning: \(finding)") }
        let counts = report.checked.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("checked \(counts.isEmpty ? "nothing" : counts)" +
              (report.notDecrypted > 0 ? "; \(report.notDecrypted) objects not decrypted (no key for their level)" : ""))
        guard report.isClean else {
            throw VaultError.checkFoundProblems(path: vault.paths.root.path, count: report.problems.count)
        }
        print("ok")
    }
}
