import ArgumentParser
import Foundation
import TamgaCrypto
import TamgaVault

/// The options every command that opens a vault shares.
struct VaultOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The vault folder (else $TAMGA_VAULT, else ./vault).", valueName: "dir"))
    var vault: String?

    @Option(name: .long, help: ArgumentHelp("Which member unlocks (else $TAMGA_MEMBER, else the only member with a key file here).", valueName: "name"))
    var member: String?

    @Option(name: .long, help: ArgumentHelp("Read the passphrase from this file (mode 0600), else $TAMGA_PASSPHRASE_FILE, else the terminal.", valueName: "file"))
    var passphraseFile: String?

    var paths: VaultPaths { VaultPaths.resolve(option: vault) }

    var passphrases: PassphraseReader { PassphraseReader(option: passphraseFile) }

    /// The test suite's switch for fast Argon2id parameters. Named so that no
    /// one sets it by accident; `init` records nothing weaker otherwise.
    static var testOnlyWeakKeys: Bool {
        ProcessInfo.processInfo.environment["TAMGA_TEST_ONLY_WEAK_KDF"] == "1"
    }

    /// Unlocks the vault as the chosen member, asking for the passphrase only
    /// once the vault and the member's key file are found.
    /// With `acceptingOlderKeyring`, an older keyring than this machine saw
    /// is accepted (`tamga check --accept-older`, which logs it).
    func unlock(acceptingOlderKeyring: Bool = false) throws -> UnlockedVault {
        let memberName = member ?? ProcessInfo.processInfo.environment["TAMGA_MEMBER"].flatMap { $0.isEmpty ? nil : $0 }
        return try UnlockedVault.unlock(paths, memberName: memberName, allowTestParameters: Self.testOnlyWeakKeys,
                                        acceptingOlderKeyring: acceptingOlderKeyring) {
            try passphrases.read(prompt: "Passphrase for the vault at \(paths.root.path): ")
        }
    }
}
