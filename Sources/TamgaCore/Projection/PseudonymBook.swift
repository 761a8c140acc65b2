/// Hands out pseudonyms for one export: keyed on the person id (so every
/// spelling of a person gets the same label), letters per role in order of
/// first appearance. One book per export; never shared between exports.
struct PseudonymBook {
    private(set) var labels: [String: String] = [:]
    private var nextIndex: [String: Int] = [:]

    mutating func label(for personID: String, role: String, pattern: PseudonymPattern) -> String {
        if let label = labels[personID] { return label }
        let index = nextIndex[role, default: 0]
        nextIndex[role] = index + 1
        let label = pattern.label(index: index)
        labels[personID] = label
        return label
    }
}
