import ArgumentParser
import Foundation
import TamgaVault

/// `tamga resolve ID --keep SHORT-ID`: ends a fork by keeping one branch.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "End a fork: keep one of two revisions made apart (members cleared internal).",
        discussion: """
        When two copies of the vault edit one document apart, merging them
        leaves two newest revisions (`tamga history ID` marks them `(fork)`,
        `tamga show ID` warns). This stores a new revision with the kept
        branch's text and both branches as parents; the other branch stays in
        the history. To combine the two texts instead, use `tamga edit ID`
        (its result also joins the branches). Keeping a branch never gives
        back consent the other took away: the withdrawal stays in force until
        a grant is logged with `tamga person consent`, and resolve says so.

        EXAMPLES:
          tamga history VR-2014-017
          tamga resolve VR-2014-017 --keep 3f2a9c01
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    @Option(help: ArgumentHelp("The short id of the branch to keep (from `tamga history`).", valueName: "short-id"))
    var keep: String

    func run() throws {
        let vault = try options.unlock()
        let resolved = try ForkResolution(vault: vault).resolve(id, keep: keep)
        print("resolved \(id): revision \(resolved.revision) keeps [\(keep.prefix(8))]'s text and joins both branches")
        for note in resolved.notes { print(note) }
    }
}
