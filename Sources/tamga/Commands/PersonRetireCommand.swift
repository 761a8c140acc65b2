import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension PersonCommand {
    /// `tamga person retire`: the one way a person leaves the registry. A
    /// person declared once stays protected even when a later revision leaves
    /// them out (a revision that drops a `persons:` block must not unprotect a
    /// name); only this explicit, logged act by a member cleared internal
    /// ends that.
    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a person that only earlier revisions declare out of the registry (logged).",
            discussion: """
            Retiring works only for a person whom no document's newest revision
            declares: remove them from those documents first. Their name is then
            no longer redacted in exports; do this only when the person was
            declared by mistake.

            EXAMPLES:
              tamga person retire D-0042 --reason "declared in error in VR-2014-017 rev 1"
            """)
        @OptionGroup var options: VaultOptions
        @Argument(help: "The person id.") var id: String
        @Option(help: "Why (no confidential text: it is logged).") var reason: String

        func run() throws {
            let rewritten = try PersonRetirement(vault: try options.unlock()).retire(id, reason: reason, progress: Terminal.refreshProgress)
            print("retired: \(id) is no longer in the registry" + (rewritten > 0 ? "; re-projected \(rewritten) stored part(s)" : ""))
        }
    }
}
