import ArgumentParser
import Foundation
import TamgaVault

/// `tamga init`: creates a vault and its first administrator, and prints the
/// recovery shares once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new vault with its first administrator.",
        discussion: """
        Creates the vault folder (0700), the first member (an administrator
        cleared for internal), one key pair per level, the NPM's export-signing
        key, and a recovery key split into shares (3 of 5 by default). The
        shares are printed once: give each to a different trusted person.

        EXAMPLES:
          tamga init --vault ~/npm-vault --name "Gulnara Abdyldaeva"
          TAMGA_PASSPHRASE_FILE=pass.txt tamga init --vault v --name admin
        """)

    @OptionGroup var options: NewIdentityOptions

    @Option(help: "The administrator's name, as the log will show it.")
    var name: String

    @OptionGroup var split: RecoverySplitOptions

    func run() throws {
        // Before the passphrase is typed: a refused count should not cost it.
        try split.validateCounts()
        let paths = options.paths
        let passphrase = try options.passphrases.readNew(prompt: "New passphrase for \(name): ")
        if VaultOptions.testOnlyWeakKeys {
            Terminal.printWarning("TAMGA_TEST_ONLY_WEAK_KDF is set: the key file uses test-only Argon2id parameters")
        }
        let result = try VaultCreation.create(
            at: paths, administrator: name, passphrase: passphrase,
            strength: VaultOptions.testOnlyWeakKeys ? .testOnlyFast : .standard,
            threshold: split.threshold, shareCount: split.shares)
        print("Created the vault at \(paths.root.path)")
        print("Vault id:       \(result.vaultID)")
        print("Administrator:  \(name) (\(Fingerprint.grouped(result.administratorFingerprint)))")
        print("")
        RecoverySharesOutput.print(result.shares, threshold: result.threshold)
    }
}
