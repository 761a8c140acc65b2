import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga rekey --level L` or `--all`: re-encrypts old parts under the newest key epoch.
struct RekeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekey",
        abstract: "Re-encrypt old document parts under their level's newest key.",
        discussion: """
        After `tamga member remove`, new documents use a new key epoch; this
        re-encrypts the old parts and evidence files too (each attachment with a
        new file key; its redactions follow it), so the removed member's old
        keys open nothing that is in the vault now. --all does every level you hold,
        which is what `tamga member remove` asks for.

        Run by an administrator cleared internal, it also moves evidence files
        stored at level state or public by tamga before December 2026 (sealed to
        that level's key, so members cleared for it could open the original)
        under the internal key; they still go to the same audiences, black-outs
        applied. `tamga check` names any that are left.

        EXAMPLES:
          tamga rekey --all
          tamga rekey --level state
        """)

    @OptionGroup var options: VaultOptions

    @Option(help: "internal, state or public.")
    var level: Level?

    @Flag(help: "Every level you hold (after `tamga member remove`).")
    var all = false

    func validate() throws {
        guard (level == nil) == all else { throw ValidationError("give one of --level L or --all") }
    }

    func run() throws {
        let vault = try options.unlock()
        try VaultRekey(vault: vault).run(all ? .allHeld : .level(level!)) { level, count in
            print("re-encrypted \(count) \(level.rawValue) part(s)")
        }
        let awaiting = try VaultRekey(vault: vault).restrictedAwaitingViewer()
        if awaiting > 0 {
            Terminal.printWarning("\(awaiting) restricted attachment(s) can still be opened by a removed viewer, and only a viewer "
                + "holds their key: a viewer who is an administrator must run `tamga rekey --level internal`")
        }
    }
}
