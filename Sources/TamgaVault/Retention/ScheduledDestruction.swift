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
        // Refused before anything is asked or destroyed when a destruction would publish a name.
        return try review.items.filter { $0.status == "due" && $0.tagsUnknown != true }.map { item in
            let plan = try DocumentDestruction(vault: vault).plan(item.id)
            try DocumentDestruction.requireStillProtected(plan)
            return (item, plan)
        }
    }

    /// Under a policy that asks for a second administrator's approval: asks
    /// for each of `items` to be destroyed (one request each, the rule as the
    /// reason), skipping those already asked; returns the requests written.
    /// `planned`: the plans `due` made, by id (each reused unless the log moved since: after the first request it has).
    public func request(_ items: [RetentionReview.Item], asOf: String,
                        planned: [String: DocumentDestruction.Plan] = [:]) throws -> [DocumentDestruction.Request] {
        let destruction = DocumentDestruction(vault: vault)
        let asked = Set(try destruction.pending().map(\.id))
        return try items.filter { !asked.contains($0.id) }.map { item in
            try destruction.request(item.id, reason: Self.reason(item, asOf: asOf), planned: planned[item.id])
        }
    }

    static func reason(_ item: RetentionReview.Item, asOf: String) -> String {
        "retention: \(item.rule) (policy line \(item.ruleLine)); due \(item.due), destroyed as of \(asOf)"
    }

    /// Destroys each of `items` (as `due` listed them); stops at the first
    /// failure, having destroyed the ones before it (each is its own entry).
    /// `planned`: the plans `due` made, by id (the first is reused when the
    /// log has not moved; each later one is made again, since the
    /// destruction before it changed the registry).
    public func destroy(_ items: [RetentionReview.Item], asOf: String, planned: [String: DocumentDestruction.Plan] = [:],
                        each: (DocumentDestruction.Outcome) -> Void = { _ in }) throws -> [DocumentDestruction.Outcome] {
        var outcomes: [DocumentDestruction.Outcome] = []
        for item in items {
            let outcome = try DocumentDestruction(vault: vault).destroy(item.id, reason: Self.reason(item, asOf: asOf),
                                                                        planned: planned[item.id])
            each(outcome)
            outcomes.append(outcome)
        }
        return outcomes
    }
}
