import ArgumentParser
import Foundation
import TamgaVault

/// `tamga lock --wipe-local`: the panic wipe of issue 18. It never unlocks
/// (no passphrase, no keyring check), so it works on a damaged vault or with
/// the passphrase forgotten, and it never touches the vault folder.
struct LockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract: "Wipe what this machine keeps about a vault (before a raid or a border).",
        discussion: """
        tamga keeps no key unlocked between commands: each command asks for
        the passphrase and forgets the keys when it ends. What a machine does
        keep is removed by --wipe-local, in well under a second (0.16 s on
        a 200-document vault, docs/retention.md), without asking
        for the passphrase (it works on a damaged vault too; when its
        config.json cannot be read, the memory of every vault goes):

          - this machine's memory of the vault in $XDG_STATE_HOME/tamga/<id>/
            (else ~/.local/state): each member's encrypted index cache
            (document ids, titles, dates, persons), the log heads and keyring
            last seen, the hashed member names;
          - decrypted text kept by an interrupted `tamga edit` in
            $XDG_RUNTIME_DIR or /dev/shm;
          - with --all-vaults: the memory of every vault, every kept edit
            text and leftover evidence workspaces (decrypted attachments);
            these are shared by all vaults and may belong to a command
            still running, so they go only when you ask;
          - with --include-key-files: the member key files kept outside the
            vault (`tamga key move-out`), passphrase-sealed.

        Each file is overwritten with zeros, flushed and then unlinked. It
        then prints what it removed and what stays: the vault folder (all
        ciphertext, with the passphrase-sealed key files in members/), other
        copies and backups, and anything you exported or decrypted yourself.
        It destroys no document: every copy of the vault still opens with a
        member's passphrase (docs/retention.md).

        LIMITS: on SSDs and flash, copy-on-write or journaling file systems
        (btrfs, ZFS, ext4 data journaling), snapshots and swap, old blocks
        may survive the overwrite; only full-disk encryption protects those
        (the index cache is itself encrypted, so what survives is
        ciphertext). After the wipe this machine no longer remembers the log
        heads, so it cannot tell on the next unlock whether a copy was rolled
        back. A tamga command running at the same moment may write its cache
        again: wipe after it ends.

        EXAMPLES:
          tamga lock --wipe-local
          tamga lock --wipe-local --dry-run
          tamga lock --wipe-local --all-vaults --include-key-files --json

        EXIT STATUS:
          0   everything listed was removed
          1   something could not be removed (named; the rest was removed)
          64  bad usage (--wipe-local missing)
        """)

    @Option(name: .long, help: ArgumentHelp("The vault folder (else $TAMGA_VAULT, else ./vault).", valueName: "dir"))
    var vault: String?

    @Flag(help: "Remove what this machine keeps about the vault (required: there is nothing else to lock).")
    var wipeLocal = false

    @Flag(help: "Also remove the memory of every other vault, every kept edit text and leftover evidence workspaces.")
    var allVaults = false

    @Flag(help: "Also remove the member key files kept outside the vault (passphrase-sealed).")
    var includeKeyFiles = false

    @Flag(help: "List what would be removed, and remove nothing.")
    var dryRun = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard wipeLocal else {
            throw ValidationError("say --wipe-local: tamga keeps no key unlocked between commands, so there is nothing else to lock")
        }
    }

    func run() throws {
        let paths = VaultPaths.resolve(option: vault)
        // No unlock: the id is in plaintext config.json. When it cannot be
        // read, every vault's memory is removed rather than none.
        let vaultID = try? VaultConfig.load(paths).vault
        if vaultID == nil {
            Terminal.printWarning("\(paths.root.path) has no readable config.json; removing this machine's memory of every vault "
                + "(kept edit texts only with --all-vaults)")
        }
        let report = LocalWipe(vaultRoot: paths.root, vaultID: vaultID, allVaults: allVaults,
                               includeKeyFiles: includeKeyFiles, dryRun: dryRun).run()
        if json {
            try printJSON(report)
        } else {
            print(report.removed.isEmpty ? (dryRun ? "Nothing to remove." : "Nothing to remove: this machine kept nothing about the vault.")
                                         : (dryRun ? "Would remove:" : "Removed:"))
            for item in report.removed {
                print("  \(item.path): \(item.what) (\(item.files) file\(item.files == 1 ? "" : "s"), "
                      + "\(ByteCountFormatter.string(fromByteCount: item.bytes, countStyle: .file)))")
            }
            print("Stays:")
            for line in report.stays { print("  \(line)") }
            if !dryRun { print(String(format: "Done in %.2f s.", report.seconds)) }
        }
        guard report.failures.isEmpty else {
            for failure in report.failures { Terminal.printError(failure) }
            throw ExitCode(1)
        }
    }
}
