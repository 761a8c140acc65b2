/// The manifest's counts regrouped as a reader thinks of them, in a fixed
/// order (sections, passages, phrases, names by role, confidential details,
/// then numbers and dates), under keys every catalogue names the same way:
/// `level/section`, `person/detainee`, `detail`, `detector/phone-number`.
/// A role without a catalogue entry (a vault's own) counts as
/// `person/other`; `sensitive` and `overlap` both count as `detail`.
struct WithheldTally {
    struct Item: Hashable {
        let key: String
        let count: Int
    }

    /// The order of the footer; keys not listed follow, sorted.
    static let order = ["level/section", "level/block", "level/span",
                        "person/detainee", "person/witness", "person/relative", "person/official", "person/staff",
                        "person/other", "person/ambiguous", "detail"]
        + DetectorKind.allCases.map { "detector/\($0.rawValue)" }

    let items: [Item]

    init(_ manifest: WithheldManifest, known: Set<String>) {
        var totals: [String: Int] = [:]
        for count in manifest.counts {
            totals[Self.key(count, known: known), default: 0] += count.count
        }
        items = totals.map { Item(key: $0.key, count: $0.value) }.sorted { lhs, rhs in
            let (left, right) = (Self.order.firstIndex(of: lhs.key) ?? Self.order.count, Self.order.firstIndex(of: rhs.key) ?? Self.order.count)
            return left != right ? left < right : lhs.key < rhs.key
        }
    }

    private static func key(_ count: WithheldManifest.Count, known: Set<String>) -> String {
        let key = "\(count.rule)/\(count.category)"
        switch count.rule {
        case "level", "detector": return known.contains(key) ? key : "detail"
        case "person": return known.contains(key) ? key : "person/other"
        default: return "detail"
        }
    }
}
