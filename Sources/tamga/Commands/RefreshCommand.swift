import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga refresh`: re-projects the stored State and public parts made
/// before a change they have not seen, and vouches for the rest (issue 16).
struct RefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Bring the stored State and public versions up to date (members cleared internal).",
        discussion: """
        A stored State or public version is projected under the persons,
        consent and policy known when it was made. After a change in another
        copy (merged in with git or by copying files), or an interrupted
        consent change, a version may be stale: State and public readers are
        then refused it, and `tamga check` names it. This re-projects what
        changed and records, in the signed log, that every stored version was
        checked. Any `tamga add`, `edit` or consent change by a member cleared
        internal does the same.

        EXAMPLES:
          tamga refresh
          git pull && tamga refresh && tamga check
        """)

    @OptionGroup var options: VaultOptions

    func run() throws {
        let rewritten = try ProjectionRefresh(vault: try options.unlock()).run(progress: Terminal.refreshProgress)
        print(rewritten > 0 ? "re-projected \(rewritten) stored State/public part(s); every stored part is up to date"
              : "every stored State/public part is up to date")
    }
}
