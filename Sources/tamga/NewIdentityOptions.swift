import ArgumentParser
import TamgaVault

/// The options of the commands that make a new identity (`init`, `member
/// invite`): where the vault is and where the new passphrase comes from.
/// No --member: there is no member to choose yet, and offering it in their
/// help suggested otherwise (issue 19 item 15).
struct NewIdentityOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The vault folder (else $TAMGA_VAULT, else ./vault).", valueName: "dir"))
    var vault: String?

    @Option(name: .long, help: ArgumentHelp("Read the new passphrase from this file (mode 0600), else $TAMGA_PASSPHRASE_FILE, else the terminal (typed twice).", valueName: "file"))
    var passphraseFile: String?

    var paths: VaultPaths { VaultPaths.resolve(option: vault) }

    var passphrases: PassphraseReader { PassphraseReader(option: passphraseFile) }
}
