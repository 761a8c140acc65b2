import Foundation
import TamgaCore

/// `tamga destroy --due` (issue 18): what the retention schedule makes due
/// on a day, destroyed one document per tombstone, each with the rule as its
/// reason. Members cleared internal only, so every document's tags are known
/// (a tag can hold a document back: `unless-tagged`); nothing upcoming and
/// nothing held is touched.
public struct ScheduledDestruction: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// The documents due on `asOf`, each with its destruction plan.
    public func due(asOf: String) throws -> [(item: RetentionReview.Item, plan: DocumentDestruction.Plan)] {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "destroying documents (internal)")
        }
        let review = try RetentionReview(vault: vault).review(asOf: asOf, within: 0)
        return try review.items.filter { $0.status == "due" && $0.tagsUnknown != true }.map { item in
            (item, try DocumentDestruction(vault: vault).plan(item.id))
        }
    }

    /// Destroys each of `items` (as `due` listed them); stops at the first
    /// failure, having destroyed the ones before it (each is its own entry).
    public func destroy(_ items: [RetentionReview.Item], asOf: String,
                        each: (DocumentDestruction.Outcome) -> Void = { _ in }) throws -> [DocumentDestruction.Outcome] {
        var outcomes: [DocumentDestruction.Outcome] = []
        for item in items {
            let reason = "retention: \(item.rule) (policy line \(item.ruleLine)); due \(item.due), destroyed as of \(asOf)"
            let outcome = try DocumentDestruction(vault: vault).destroy(item.id, reason: reason)
            each(outcome)
            outcomes.append(outcome)
        }
        return outcomes
    }
}
