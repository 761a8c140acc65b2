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

            Before anything is written, it lists every document (and any
            recommendation response or attachment) whose State and public
            versions will show the name once the person is retired, judged as
            `tamga destroy` judges, and asks you to type the person id to
            confirm; --yes confirms for scripts. When nothing will show the
            name it does not ask. If the vault changes between the list and
            the retirement and a new place would show the name, it refuses.

            A hand-over to a successor body still treats a retired person's
            names as needing transfer consent: records naming them stay
            withheld until it is recorded (`tamga person consent ID --grant
            transfer`).

            EXAMPLES:
              tamga person retire D-0042 --reason "declared in error in VR-2014-017 rev 1"
              tamga person retire D-0042 --reason "declared in error" --yes
            """)
        @OptionGroup var options: VaultOptions
        @Argument(help: "The person id.") var id: String
        @Option(help: "Why (no confidential text: it is logged).") var reason: String
        @Flag(help: "Confirm without asking, the name showing where listed (for scripts).") var yes = false

        func run() throws {
            let retirement = PersonRetirement(vault: try options.unlock())
            let plan = try retirement.plan(id)
            if !plan.shownIn.isEmpty {
                // Said before asking, so that a script without --yes learns where too.
                Terminal.printWarning("once \(id) is retired, their name is no longer withheld in the State and public versions of: "
                    + plan.shownIn.joined(separator: ", "))
                try TypedConfirmation.ask("Type the person id to retire them: ", expected: id, yes: yes, verb: "retire", done: "retired")
            }
            let rewritten = try retirement.retire(id, reason: reason, confirmed: plan, progress: Terminal.refreshProgress)
            print("retired: \(id) is no longer in the registry" + (rewritten > 0 ? "; re-projected \(rewritten) stored part(s)" : ""))
            for place in plan.shownIn { Terminal.printWarning("\(place) now shows the name in its State and public versions") }
        }
    }
}
