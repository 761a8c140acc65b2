import Foundation
import TamgaCore

/// The registry a hand-over judges transfer consent by: the vault's, with
/// the persons retired on purpose (`tamga person retire`) back in, from the
/// earlier revisions that declared them (attacker session 39, F9).
///
/// Retiring a person takes their name out of the registry so that State and
/// public versions stop withholding it (its purpose for a mistaken
/// declaration). Judged by the plain registry, the hand-over plan then no
/// longer read their name in a record and transferred it, whole, to the
/// successor, without the transfer consent it withheld it for the day
/// before. Of the two ways to stop that (list the hand-overs that change at
/// the retirement, or keep needing consent), this is the one that cannot
/// hand a record over without consent: a warning at the retirement reaches
/// only the member who retires, perhaps years before another administrator
/// plans a hand-over, and `--yes` skips it; the plan itself is what decides.
/// The way to hand such a record over is the ordinary one: record the
/// person's transfer consent (`tamga person consent ID --grant transfer`,
/// which accepts a retired person for that reason).
enum HandoverRegistry {
    /// `context` with the retired persons' declarations put back into its registry (consent as the ledger says).
    static func context(_ context: RedactionContext, index: VaultIndex) throws -> RedactionContext {
        guard !index.retiredPersons.isEmpty else { return context }
        let declarations = index.contents.documents.values.compactMap { summary -> (document: String, persons: [RegisteredPerson])? in
            guard let id = summary.entry?.id else { return nil }
            return (id, summary.declarations.map {
                RegisteredPerson(id: $0.id, role: $0.role, name: $0.name, also: $0.also,
                                 consent: Set($0.consent.compactMap(Audience.init(rawValue:))), erased: $0.erased == true)
            })
        }.sorted { $0.document < $1.document }
        return context.withRegistry(index.consentLedger.apply(to: try PersonRegistry(declarations: declarations)))
    }
}
