import ArgumentParser
import Foundation
import TamgaVault

/// `tamga recovery ...`: the recovery key and its shares after `init`.
struct RecoveryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recovery",
        abstract: "Replace the recovery key and issue new recovery shares.",
        discussion: """
        The recovery shares printed by `init` rebuild access when every
        passphrase is lost (`tamga recover`). After a recovery, or when a
        share holder leaves or a share may have been seen, issue new ones.

        EXAMPLES:
          tamga recovery reshare
          tamga recovery reshare --threshold 2 --shares 3
        """,
        subcommands: [Reshare.self])

    struct Reshare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new recovery key and print its shares once; the old shares stop working.",
            discussion: """
            Always a new key, never the old secret split again: shares of one
            secret fit together whichever split they came from, so an old share
            could be combined with new ones. Every level, index and export key
            is sealed to the new key, the keyring (signed by you) names it, and
            the log records it. The old shares then rebuild nothing; collect or
            destroy them. Needs an administrator cleared internal.

            The new shares are shown only now, on standard output; give each to
            a different person. Run it after every `tamga recover`: the shares
            used there have been seen together.

            EXAMPLES:
              tamga recovery reshare
              tamga recovery reshare --threshold 2 --shares 3
              tamga recovery reshare --member "Gulnara Abdyldaeva"
            """)

        @OptionGroup var options: VaultOptions

        @OptionGroup var split: RecoverySplitOptions

        func run() throws {
            // Before the passphrase is typed and before anything is written.
            try split.validateCounts()
            let vault = try options.unlock()
            let result = try AccessRecovery(paths: options.paths).reshare(vault, threshold: split.threshold, shareCount: split.shares)
            print("New recovery key: \(result.sealedKeys) sealed keys now open with it; the old shares no longer rebuild access.")
            print("")
            RecoverySharesOutput.print(result.shares, threshold: result.threshold)
        }
    }
}
