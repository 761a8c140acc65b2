import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga recover`: rebuilds access from k recovery shares.
struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Rebuild access from recovery shares and add a new administrator.",
        discussion: """
        Reads the shares from standard input, one per line (type them, or
        pipe a file; an empty line ends the list), then asks for the new
        administrator's passphrase. Afterwards run `tamga recovery reshare`:
        the shares used here have been seen together.

        EXAMPLES:
          tamga recover --name "New Admin" < shares.txt
        """)

    @OptionGroup var options: VaultOptions

    @Option(help: "The new administrator's name.")
    var name: String

    func run() throws {
        var shares: [String] = []
        while let line = readLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { if shares.isEmpty { continue } else { break } }
            shares.append(trimmed)
        }
        guard !shares.isEmpty else { throw VaultError.invalidShare("no shares were given on standard input") }
        let passphrase = try options.passphrases.readNew(prompt: "New passphrase for \(name): ")
        let fingerprint = try AccessRecovery(paths: options.paths).recover(shares: shares, newAdministrator: name, passphrase: passphrase,
                                                                           strength: VaultOptions.testOnlyWeakKeys ? .testOnlyFast : .standard)
        print("recovered: \(name) (\(Fingerprint.grouped(fingerprint))) is an administrator cleared internal")
        // The shares just used were seen together: whoever saw them could recover again.
        print("next: run `tamga recovery reshare --member \(name.shellQuoted)` to replace the recovery key; "
              + "the shares used here have been seen together")
    }
}
