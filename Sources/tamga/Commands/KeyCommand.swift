import ArgumentParser
import Foundation
import TamgaCrypto
import TamgaVault

/// `tamga key …`: the vault's public keys, in the formats standard tools read.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the vault's public keys for the people who check its exports.",
        subcommands: [Public.self, History.self, MoveOut.self])

    /// `tamga key move-out`: the member's own key file leaves the synced folder.
    struct MoveOut: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move-out",
            abstract: "Move your key file out of the vault into your own folder on this machine.",
            discussion: """
            A key file in the vault (members/<fingerprint>.key) goes wherever the
            vault goes: every copy, backup, USB stick and git host holds it, and
            whoever holds it can try passphrases offline. Moved out, it stays on
            this machine only ($TAMGA_KEY_DIR, else $XDG_DATA_HOME/tamga/keys,
            else ~/.local/share/tamga/keys): copy it yourself to your other
            machines, and keep the recovery shares safe, since losing the
            machine then loses the key. Copies made before, and git history,
            still hold the old file: a passphrase change does not help there;
            ask an administrator to remove you and invite you again if that
            copy matters.

            EXAMPLES:
              tamga key move-out
              TAMGA_KEY_DIR=/media/usb/keys tamga key move-out
            """)

        @OptionGroup var options: VaultOptions

        func run() throws {
            let vault = try options.unlock()
            let moved = try KeyFileMove(vault: vault).moveOut()
            print("moved your key file to \(moved.path); the vault no longer holds it")
        }
    }

    /// `tamga key history`: every export key, for publishers after a member removal.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List every export key the vault has had, and the certificates that link them.",
            discussion: """
            A new export key is made whenever a member is removed; exports
            signed before keep verifying with the key that signed them. Each
            new key is certified by the one before it (the certificate is
            checked whenever the keyring is read), so a recipient who trusted
            the old key can trust the new one. Publish the new key (`tamga key
            public`) with this list.

            EXAMPLES:
              tamga key history
            """)

        @OptionGroup var options: VaultOptions

        func run() throws {
            let body = try KeyringStore.inForce(at: options.paths).body
            for record in body.signingKeys {
                let key = try MinisignPublicKey(tamgaSigningKey: Hex.decode(record.publicKey))
                let status = record.epoch == body.signingKeys.last?.epoch ? "current" : "replaced"
                let certified = record.certificate.map { "certified by key \(record.epoch - 1): \($0)" } ?? "the first key"
                print("key \(record.epoch)  \(key.keyIDText)  \(status)  from \(record.issued)  \(key.base64)  \(certified)")
            }
        }
    }

    /// `tamga key public`: the export signing key as a minisign public key.
    struct Public: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "public",
            abstract: "Write the export signing key in minisign's public key format.",
            discussion: """
            Recipients check exports with `minisign -Vm FILE -p KEYFILE` (or
            -P with the key's second line). Publish this file where they can
            fetch it from a source they trust (see keys/ in the repository).
            The key id is derived from the key, so it stays the same each time.
            Reads the verified keyring only: no passphrase is needed.

            EXAMPLES:
              tamga key public
              tamga key public -o npm.pub
            """)

        @OptionGroup var options: VaultOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let hex = try KeyringStore(paths: options.paths).current().body.signingKey
            let key = try MinisignPublicKey(tamgaSigningKey: Hex.decode(hex))
            guard let output, output != "-" else {
                print(key.fileText, terminator: "")
                return
            }
            let url = URL(fileURLWithPath: output)
            try DurableFile.write(Array(key.fileText.utf8), to: url.deletingLastPathComponent(),
                                  name: url.lastPathComponent, replace: true)
            // A public key: readable by all, unlike the vault's own files.
            chmod(url.path, 0o644)
            Terminal.writeStandardError("Wrote the export key \(key.keyIDText) to \(output)\n")
        }
    }
}
