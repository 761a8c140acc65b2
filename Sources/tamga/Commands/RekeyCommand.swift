import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga rekey --level L`: re-encrypts old parts under the newest key epoch.
struct RekeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekey",
        abstract: "Re-encrypt a level's old document parts under its newest key.",
        discussion: """
        After `tamga member remove`, new documents use a new key epoch; this
        re-encrypts the old parts too, so the removed member's old keys open
        nothing that is in the vault now.

        EXAMPLES:
          tamga rekey --level internal
        """)

    @OptionGroup var options: VaultOptions

    @Option(help: "internal, state or public.")
    var level: Level

    func run() throws {
        let vault = try options.unlock()
        let lock = try VaultLock(vault: options.paths.root)
        let count = try Rekey.run(vault, level: level)
        withExtendedLifetime(lock) {}
        print("re-encrypted \(count) \(level.rawValue) part(s)")
    }
}
