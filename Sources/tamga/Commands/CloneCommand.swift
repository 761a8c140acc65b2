import ArgumentParser
import Foundation
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// `tamga clone URL DIR`: a verified new copy of a vault from a git remote.
struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Make a new copy of a vault from a git remote, verified before anything is checked out.",
        discussion: """
        Fetches the remote's history and verifies every file from the first
        keyring on (signatures, authorization, hashes) before writing the
        folder. If anything fails, nothing is left behind and the command
        exits 1. Compare the vault id it prints with the one your
        administrator gave you: it is what binds every key and signature.

        EXAMPLES:
          tamga clone ssh://git@example.org/npm/vault.git vault
          tamga clone /media/usb/vault.git ~/vault
        """)

    @Argument(help: ArgumentHelp("The git address.", valueName: "url")) var url: String
    @Argument(help: ArgumentHelp("A new folder for the copy.", valueName: "dir")) var directory: String
    @Option(name: .long, help: ArgumentHelp("The remote's name in the copy.", valueName: "name")) var origin = "origin"

    func run() throws {
        let destination = URL(fileURLWithPath: directory)
        let outcome = try VaultClone(url: url, destination: destination, remoteName: origin).clone(passErrors: isatty(STDERR_FILENO) == 1, progress: Terminal.step)
        for note in outcome.notes { print("note: \(note)") }
        print("cloned vault \(outcome.vaultID) into \(destination.path): \(outcome.files) file(s), \(outcome.entries) log entries, all verified")
        print("next: `tamga list --vault \(directory)` (with your key file and passphrase), then `tamga sync --vault \(directory)`")
    }
}
